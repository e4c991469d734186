import type { BrowserContext } from 'playwright-core'
import { TIME_TARGETS_MS } from './budgets'
import { openBenchPage } from './bench-page-client'
import { msUntilShown } from './page-probes'
import { timeRow, type Row, type SectionResult } from './report'
import { consultantData, flagshipQuestionnaire } from './seed-records'
import { summarize, type Timing } from './stats'

const COMPANIES = 500
const CHECKS_PER_COMPANY = 10
const SECTION = 'storage'

/**
 * Operations on the full database, by their name in bench-page/bench-api.js. Those the app does not
 * have yet are reported as "n/a"; adding one there is all it takes to measure it here.
 */
const STORAGE_METRICS = [
  { operation: 'companyList', label: 'company list: every company with its latest check', targetMs: TIME_TARGETS_MS.listFirstPage },
  { operation: 'csvExport', label: 'CSV export of all checks', targetMs: TIME_TARGETS_MS.csvExport },
  { operation: 'jsonExport', label: 'JSON export of all data', targetMs: TIME_TARGETS_MS.jsonExport },
  { operation: 'jsonImport', label: 'JSON import of that export into an empty database', targetMs: TIME_TARGETS_MS.jsonImport },
]

export interface StorageFigures {
  checks: number
  companies: number
  seedMs: number
  /** listSummaries({ limit: 50 }) right after a page load (includes opening the database). */
  listFirstPageCold: Timing
  listFirstPageWarm: Timing
  listCompanyFirstPageWarm: Timing
  operations: Record<string, number | null>
  /** Navigation to /meine-checks until the first 50 rows are in the table. */
  myChecksStart: Timing
}

/** 5,000 checks of 500 companies in the app's IndexedDB, in Chromium, on a fresh origin. */
export async function benchStorage(context: BrowserContext, origin: string): Promise<SectionResult<StorageFigures>> {
  const data = consultantData(flagshipQuestionnaire(), COMPANIES, CHECKS_PER_COMPANY)
  const checks = data.checkBatches.reduce((sum, batch) => sum + batch.length, 0)
  const bench = await openBenchPage(context, origin)
  let seedMs = await bench.seed(data.companies, [])
  for (const batch of data.checkBatches) seedMs += await bench.seed([], batch)

  const cold: number[] = []
  for (let i = 0; i < 7; i += 1) {
    await bench.reload()
    cold.push((await bench.time('listFirstPage'))!)
  }
  const warm = await repeat(() => bench.time('listFirstPage'), 30)
  const perCompany = await repeat(() => bench.time('listCompanyFirstPage', 'company-7'), 30)
  const operations: Record<string, number | null> = {}
  for (const { operation } of STORAGE_METRICS) operations[operation] = await bench.time(operation)
  await bench.page.close()

  const myChecksStart = summarize(await appStarts(context, origin, 5))
  const figures: StorageFigures = {
    checks,
    companies: COMPANIES,
    seedMs,
    listFirstPageCold: summarize(cold),
    listFirstPageWarm: summarize(warm),
    listCompanyFirstPageWarm: summarize(perCompany),
    operations,
    myChecksStart,
  }
  const scale = `(${checks.toLocaleString('en-US')} checks, ${COMPANIES} companies)`
  const rows: Row[] = [
    timeRow(SECTION, `seed ${scale}, one transaction per record`, seedMs),
    timeRow(SECTION, 'first list page, 50 of all (after page load, median)', figures.listFirstPageCold.median, TIME_TARGETS_MS.listFirstPage, `(p95 ${figures.listFirstPageCold.p95.toFixed(1)})`),
    timeRow(SECTION, 'first list page, 50 of all (warm, median)', figures.listFirstPageWarm.median, TIME_TARGETS_MS.listFirstPage),
    timeRow(SECTION, 'first list page, 50 of one company (warm, median)', figures.listCompanyFirstPageWarm.median),
    ...STORAGE_METRICS.map(({ operation, label, targetMs }) => timeRow(SECTION, label, operations[operation] ?? null, targetMs)),
    timeRow(SECTION, 'app start on /meine-checks until 50 rows shown (median)', myChecksStart.median),
  ]
  return { figures, rows }
}

async function repeat(run: () => Promise<number | null>, times: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < times; i += 1) samples.push((await run())!)
  return samples
}

/** Milliseconds from navigation start to the first frame with 50 rows in the checks table. */
async function appStarts(context: BrowserContext, origin: string, runs: number): Promise<number[]> {
  const page = await context.newPage()
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) {
    await page.goto(`${origin}/meine-checks`)
    samples.push(await msUntilShown(page, 'table tbody tr', 50))
  }
  await page.close()
  return samples
}
