/** One line of the bench table. `ok` is null where there is no target, or nothing to measure yet. */
export interface Row {
  section: string
  metric: string
  value: string
  target: string
  ok: boolean | null
}

export interface SectionResult<Figures = unknown> {
  figures: Figures
  rows: Row[]
}

export const NOT_BUILT = 'n/a (feature not built yet)'

/** Lighthouse figures of one page of the app and of its SurveyJS peer, from the same bench run. */
export interface PeerComparison {
  page: string
  app: { performance: number | null; lcpMs: number | null; tbtMs: number | null }
  peer: { performance: number | null; lcpMs: number | null; tbtMs: number | null }
  /** app ÷ peer; null when a figure is missing or the peer's is 0. */
  lcpRatio: number | null
  tbtRatio: number | null
  /** Whether the app must be faster than the peer here (LCP and TBT below the peer's). */
  target: boolean
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`
  if (ms < 100) return `${ms.toFixed(1)} ms`
  return `${Math.round(ms).toLocaleString('en-US')} ms`
}

/** A row comparing a measured time with an upper limit. */
export function timeRow(section: string, metric: string, ms: number | null, limitMs?: number, detail = ''): Row {
  if (ms === null) return { section, metric, value: NOT_BUILT, target: limitMs === undefined ? '' : `≤ ${formatMs(limitMs)}`, ok: null }
  return {
    section,
    metric,
    value: `${formatMs(ms)}${detail ? ` ${detail}` : ''}`,
    target: limitMs === undefined ? '' : `≤ ${formatMs(limitMs)}`,
    ok: limitMs === undefined ? null : ms <= limitMs,
  }
}

export function printTable(rows: Row[]): void {
  const header = ['section', 'metric', 'value', 'budget/target', '']
  const lines = rows.map((row) => [row.section, row.metric, row.value, row.target, row.ok === null ? '' : row.ok ? '✓' : '✗'])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  console.log(format(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const line of lines) console.log(format(line))
}

export function summaryLine(rows: Row[]): string {
  const checked = rows.filter((row) => row.ok !== null)
  const missed = checked.filter((row) => !row.ok)
  const notBuilt = rows.filter((row) => row.value.startsWith('n/a')).length
  const misses = missed.length > 0 ? `: ${missed.map((row) => row.metric).join('; ')}` : ''
  return `bench: ${checked.length - missed.length} of ${checked.length} targets met, ${missed.length} missed${misses}; ${notBuilt} not measurable yet`
}

/** App and SurveyJS peer side by side, per page: performance score, LCP, TBT and the app/peer ratios. */
export function printPeerComparison(comparisons: PeerComparison[]): void {
  const ms = (value: number | null) => (value === null ? '–' : formatMs(value))
  const ratio = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`)
  const header = ['Lighthouse mobile', 'perf app / peer', 'LCP app / peer', 'LCP app÷peer', 'TBT app / peer', 'TBT app÷peer']
  const lines = comparisons.map((c) => [
    c.page,
    `${c.app.performance ?? '–'} / ${c.peer.performance ?? '–'}`,
    `${ms(c.app.lcpMs)} / ${ms(c.peer.lcpMs)}`,
    ratio(c.lcpRatio),
    `${ms(c.app.tbtMs)} / ${ms(c.peer.tbtMs)}`,
    ratio(c.tbtRatio),
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  console.log(format(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const line of lines) console.log(format(line))
}
