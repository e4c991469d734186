import type { LagebildCell, LagebildSnapshot } from './snapshot'

/** The ways the Lagebild can be broken down, in the order the page offers them. */
export const BREAKDOWN_VIEWS = ['state', 'district', 'sector', 'size', 'state-sector', 'state-size', 'campaign', 'quarter'] as const
export type BreakdownView = (typeof BREAKDOWN_VIEWS)[number]

/** Views whose groups lie within one state, so the page asks which state. */
export const VIEWS_WITHIN_STATE: readonly BreakdownView[] = ['district', 'state-sector', 'state-size']

/**
 * The published cells of one view, all time except for `quarter` (the national figures per calendar
 * quarter, oldest first, or the state's when one is given). Groups that were not published are
 * simply absent: the page says how many businesses a group needs.
 */
export function cellsOfView(snapshot: LagebildSnapshot, view: BreakdownView, state?: string): LagebildCell[] {
  if (view === 'quarter') {
    const breakdown = state ? 'state' : 'national'
    return snapshot.cells
      .filter((cell) => cell.breakdown === breakdown && cell.period !== 'all' && (!state || cell.group.state === state))
      .sort((a, b) => a.period.localeCompare(b.period))
  }
  return snapshot.cells.filter(
    (cell) => cell.breakdown === view && cell.period === 'all' && (!VIEWS_WITHIN_STATE.includes(view) || !state || cell.group.state === state),
  )
}

/** The all-time cell for all of Germany, when published. */
export function nationalCell(snapshot: LagebildSnapshot): LagebildCell | null {
  return snapshot.cells.find((cell) => cell.breakdown === 'national' && cell.period === 'all') ?? null
}

/** States that have at least one published cell of the view (to offer only those). */
export function statesWithCells(snapshot: LagebildSnapshot, view: BreakdownView): string[] {
  const breakdown = view === 'quarter' ? 'state' : view
  const states = snapshot.cells.filter((cell) => cell.breakdown === breakdown && cell.group.state).map((cell) => cell.group.state!)
  return [...new Set(states)].sort()
}

/** Share of planned steps that are done, in whole percent, or null when nothing is planned. */
export function planDoneShare(cell: LagebildCell): number | null {
  const sums = Object.values(cell.plan ?? {}).reduce((total, entry) => ({ planned: total.planned + entry.planned, done: total.done + entry.done }), { planned: 0, done: 0 })
  return sums.planned > 0 ? Math.round((100 * sums.done) / sums.planned) : null
}
