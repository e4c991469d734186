import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import lighthouse, { generateReport, type Result } from 'lighthouse'
import type { BrowserContext } from 'playwright-core'
import { openBenchPage } from './bench-page-client'
import { LIGHTHOUSE_TARGETS } from './budgets'
import { BENCH_DIR } from './paths'
import { formatMs, type PeerComparison, type Row, type SectionResult } from './report'
import { completedCheck, draftCheck, flagshipQuestionnaire } from './seed-records'
import { largestStep } from './steps'
import { peerPaths, seedPeer } from './surveyjs-peer-page'

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
  /** Largest Contentful Paint and Total Blocking Time (Lighthouse's simulated phone), ms: the median of the runs. */
  lcpMs: number | null
  tbtMs: number | null
  /** LCP and TBT of every run, in the order of `performanceRuns`. */
  lcpRuns: (number | null)[]
  tbtRuns: (number | null)[]
}

export interface LighthouseFigures {
  app: LighthousePage[]
  /** The same pages of the SurveyJS peer (scripts/bench/surveyjs-peer), audited in turn with the app's. */
  peer: LighthousePage[]
  comparison: PeerComparison[]
}

/**
 * Lighthouse with its mobile defaults (emulated phone, simulated slow 4G and CPU) on the start page,
 * a question step and a results page, and on the same three pages of the SurveyJS peer (served from
 * `peerOrigin`) with the same answers. Lighthouse drives the bench's own Chromium through its
 * DevTools port, with storage reset off, so the checks seeded into IndexedDB (and the peer's
 * localStorage) are there. App and peer runs alternate, so a busy moment of the machine hits both.
 */
export async function benchLighthouse(context: BrowserContext, port: number, origin: string, peerOrigin: string): Promise<SectionResult<LighthouseFigures>> {
  const questionnaire = flagshipQuestionnaire()
  const draft = draftCheck(questionnaire, 'bench-lighthouse-draft', 10)
  const completed = completedCheck(questionnaire, 'bench-lighthouse-done')
  const bench = await openBenchPage(context, origin)
  await bench.seed([], [draft, completed])
  await bench.page.close()
  await seedPeer(context, peerOrigin, questionnaire, { draft, completed })

  const { step } = largestStep(questionnaire)
  const peer = peerPaths(step)
  const pages = [
    { page: 'start page', path: '/', peerPath: peer.start, target: false },
    { page: `question step ${step}`, path: `/check/${draft.id}/schritt/${step}`, peerPath: peer.step, target: false },
    // Issue 17: the results page must be faster than the peer's (LCP and TBT).
    { page: 'results page', path: `/check/${completed.id}/ergebnis`, peerPath: peer.results, target: true },
  ]
  const figures: LighthouseFigures = { app: [], peer: [], comparison: [] }
  for (const { page, path, peerPath, target } of pages) {
    const [app, surveyJs] = await medianAudits(port, [
      { page, url: origin + path, report: page },
      { page: `SurveyJS peer ${page}`, url: peerOrigin + peerPath, report: `surveyjs-peer ${page}` },
    ])
    figures.app.push(app!)
    figures.peer.push(surveyJs!)
    figures.comparison.push(compare(page, app!, surveyJs!, target))
  }
  const host: Row = {
    section: 'lighthouse',
    metric: 'host CPU benchmark index (simulated phone = this CPU slowed 4×)',
    value: String(Math.round(figures.app[0]!.benchmarkIndex)),
    target: '',
    ok: null,
  }
  return { figures, rows: [...figures.app.flatMap(rowsOf), ...figures.comparison.map(comparisonRow), host] }
}

/** Lighthouse's performance score varies from run to run; the run with the median score counts. */
const RUNS_PER_PAGE = 3

/**
 * RUNS_PER_PAGE audits of each target, in turns (A B, B A, A B, …) so that neither side always
 * runs first. Per target the run with the median performance score counts (its HTML report is
 * kept), and LCP and TBT are each the median of the runs.
 */
async function medianAudits(port: number, targets: { page: string; url: string; report: string }[]): Promise<LighthousePage[]> {
  const runs: { figure: LighthousePage; lhr: Result }[][] = targets.map(() => [])
  for (let i = 0; i < RUNS_PER_PAGE; i += 1) {
    const order = i % 2 === 0 ? targets.map((_, index) => index) : targets.map((_, index) => targets.length - 1 - index)
    for (const index of order) runs[index]!.push(await audit(targets[index]!.page, targets[index]!.url, port))
  }
  return runs.map((list, index) => {
    list.sort((a, b) => (a.figure.scores.performance ?? -1) - (b.figure.scores.performance ?? -1))
    const median = list[Math.floor(list.length / 2)]!
    writeFileSync(resolve(BENCH_DIR, `lighthouse-${targets[index]!.report.replace(/\W+/g, '-')}.html`), generateReport(median.lhr, 'html'))
    const lcpRuns = list.map((run) => run.figure.lcpMs)
    const tbtRuns = list.map((run) => run.figure.tbtMs)
    return { ...median.figure, performanceRuns: list.map((run) => run.figure.scores.performance), lcpRuns, tbtRuns, lcpMs: medianOf(lcpRuns), tbtMs: medianOf(tbtRuns) }
  })
}

function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((value) => value !== null).sort((a, b) => a - b)
  return known.length === 0 ? null : known[Math.floor(known.length / 2)]!
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
  const ms = (id: string) => {
    const value = lhr.audits[id]?.numericValue
    return typeof value === 'number' ? value : null
  }
  const figure = { page, url, scores, failing, warnings, benchmarkIndex: lhr.environment.benchmarkIndex, performanceRuns: [], lcpMs: ms('largest-contentful-paint'), tbtMs: ms('total-blocking-time'), lcpRuns: [], tbtRuns: [] }
  return { figure, lhr }
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

function compare(page: string, app: LighthousePage, peer: LighthousePage, target: boolean): PeerComparison {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b)
  return {
    page,
    app: { performance: app.scores.performance, lcpMs: app.lcpMs, tbtMs: app.tbtMs },
    peer: { performance: peer.scores.performance, lcpMs: peer.lcpMs, tbtMs: peer.tbtMs },
    lcpRatio: ratio(app.lcpMs, peer.lcpMs),
    tbtRatio: ratio(app.tbtMs, peer.tbtMs),
    target,
  }
}

/** One table row per page: app vs peer, with the ratios; only the results page has a target (LCP and TBT below the peer's). */
function comparisonRow(comparison: PeerComparison): Row {
  const side = (figures: PeerComparison['app']) =>
    `${figures.performance ?? '–'} · ${figures.lcpMs === null ? '–' : formatMs(figures.lcpMs)} · ${figures.tbtMs === null ? '–' : formatMs(figures.tbtMs)}`
  const ratio = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`)
  const below = (app: number | null, peer: number | null) => app !== null && peer !== null && (app < peer || (app === 0 && peer === 0))
  return {
    section: 'lighthouse',
    metric: `${comparison.page}: app vs SurveyJS peer (perf · LCP · TBT)`,
    value: `${side(comparison.app)} vs ${side(comparison.peer)} (LCP ${ratio(comparison.lcpRatio)}, TBT ${ratio(comparison.tbtRatio)})`,
    target: comparison.target ? 'LCP and TBT below the peer' : '',
    ok: comparison.target ? below(comparison.app.lcpMs, comparison.peer.lcpMs) && below(comparison.app.tbtMs, comparison.peer.tbtMs) : null,
  }
}
