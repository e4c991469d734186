import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import lighthouse, { generateReport, type Result } from 'lighthouse'
import type { BrowserContext } from 'playwright-core'
import { openBenchPage } from './bench-page-client'
import { LIGHTHOUSE_TARGETS } from './budgets'
import { BENCH_DIR } from './paths'
import type { Row, SectionResult } from './report'
import { completedCheck, draftCheck, flagshipQuestionnaire } from './seed-records'
import { largestStep } from './steps'

type Category = keyof typeof LIGHTHOUSE_TARGETS
const CATEGORIES = Object.keys(LIGHTHOUSE_TARGETS) as Category[]

export interface LighthousePage {
  page: string
  url: string
  scores: Record<Category, number | null>
  /** Scored audits that did not pass (id and Lighthouse's display value), per category below its target. */
  failing: Partial<Record<Category, string[]>>
  warnings: string[]
  /**
   * Lighthouse's CPU benchmark of this machine. Its simulated mobile CPU is the host slowed down 4×,
   * so on a slow host (index well under ~1000) performance comes out lower than on a developer laptop.
   */
  benchmarkIndex: number
  /** Performance score of every run; the figure is the median run's. */
  performanceRuns: (number | null)[]
}

/**
 * Lighthouse with its mobile defaults (emulated phone, simulated slow 4G and CPU) on the start page,
 * a question step and a results page. Lighthouse drives the bench's own Chromium through its
 * DevTools port, with storage reset off, so the checks seeded into IndexedDB are there.
 */
export async function benchLighthouse(context: BrowserContext, port: number, origin: string): Promise<SectionResult<LighthousePage[]>> {
  const questionnaire = flagshipQuestionnaire()
  const draft = draftCheck(questionnaire, 'bench-lighthouse-draft', 10)
  const completed = completedCheck(questionnaire, 'bench-lighthouse-done')
  const bench = await openBenchPage(context, origin)
  await bench.seed([], [draft, completed])
  await bench.page.close()

  const { step } = largestStep(questionnaire)
  const pages = [
    { page: 'start page', path: '/' },
    { page: `question step ${step}`, path: `/check/${draft.id}/schritt/${step}` },
    { page: 'results page', path: `/check/${completed.id}/ergebnis` },
  ]
  const figures: LighthousePage[] = []
  for (const { page, path } of pages) figures.push(await medianAudit(page, origin + path, port))
  const host: Row = {
    section: 'lighthouse',
    metric: 'host CPU benchmark index (simulated phone = this CPU slowed 4×)',
    value: String(Math.round(figures[0]!.benchmarkIndex)),
    target: '',
    ok: null,
  }
  return { figures, rows: [...figures.flatMap(rowsOf), host] }
}

/** Lighthouse's performance score varies from run to run; the run with the median score counts. */
const RUNS_PER_PAGE = 3

async function medianAudit(page: string, url: string, port: number): Promise<LighthousePage> {
  const runs: { figure: LighthousePage; lhr: Result }[] = []
  for (let i = 0; i < RUNS_PER_PAGE; i += 1) runs.push(await audit(page, url, port))
  runs.sort((a, b) => (a.figure.scores.performance ?? -1) - (b.figure.scores.performance ?? -1))
  const median = runs[Math.floor(runs.length / 2)]!
  writeFileSync(resolve(BENCH_DIR, `lighthouse-${page.replace(/\W+/g, '-')}.html`), generateReport(median.lhr, 'html'))
  return { ...median.figure, performanceRuns: runs.map((run) => run.figure.scores.performance) }
}

async function audit(page: string, url: string, port: number): Promise<{ figure: LighthousePage; lhr: Result }> {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    // Lighthouse clears the origin's storage before loading unless told not to.
    disableStorageReset: true,
  })
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = run
  const scores = {} as Record<Category, number | null>
  const failing: Partial<Record<Category, string[]>> = {}
  for (const category of CATEGORIES) {
    const result = lhr.categories[category]
    scores[category] = result?.score == null ? null : Math.round(result.score * 100)
    if (result && (scores[category] ?? 0) < LIGHTHOUSE_TARGETS[category]) {
      failing[category] = result.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => [ref.id, lhr.audits[ref.id]?.displayValue].filter(Boolean).join(' '))
    }
  }
  const warnings = [...lhr.runWarnings, ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])]
  return { figure: { page, url, scores, failing, warnings, benchmarkIndex: lhr.environment.benchmarkIndex, performanceRuns: [] }, lhr }
}

function rowsOf(figure: LighthousePage): Row[] {
  return CATEGORIES.map((category) => {
    const score = figure.scores[category]
    const failing = figure.failing[category]?.length ? ` (failing: ${figure.failing[category]!.join(', ')})` : ''
    return {
      section: 'lighthouse',
      metric: `${figure.page}: ${category}`,
      value: score === null ? `no score${figure.warnings.length ? ` (${figure.warnings[0]})` : ''}` : `${score}${failing}`,
      target: `≥ ${LIGHTHOUSE_TARGETS[category]}`,
      ok: score !== null && score >= LIGHTHOUSE_TARGETS[category],
    }
  })
}
