import { groupAndPeriod, groupKey, isHiddenCell, TABLE_PAIRS, TABLES, tableOf, valuesOfKey, cellKey, type AttributeValues } from './breakdowns.ts'
import { totalCells, type CellTotals } from './cells.ts'
import { releaseRows } from './release.ts'
import { retireRows } from './retire.ts'
import { summarise } from './summary.ts'
import { suppressedCells, type Partition, type SuppressionCell } from './suppression.ts'
import { DEFAULT_RULES, measureBit, type PublicationRules, type PublishedCell, type SubmissionRow } from './types.ts'
import { DIMENSION_IDS } from '../payload/codes.ts'

/**
 * The publishing core: stored rows of one questionnaire + the previous snapshot's cells + now →
 * the new snapshot's cells and the row states to write. Pure, so the whole method is tested in
 * Node without a database (tests/publish-*.test.ts). METHOD.md describes it step by step.
 */

export interface PublishInput {
  rows: readonly SubmissionRow[]
  previousCells: readonly PublishedCell[]
  now: Date
  /** Submissions received before this month are due for deletion (retention); null keeps all. */
  retainFromMonth?: string | null
  rules?: PublicationRules
}

export interface PublishOutput {
  cells: PublishedCell[]
  /** Rows whose publication state changes. */
  rowUpdates: { key: string; releasedMask: number; coarseMask: number }[]
  deletedKeys: string[]
  /** Submissions not (yet) in the figures, and due ones kept for now. */
  waiting: number
  heldBack: number
  /** False when nothing entered or left the figures: the previous cells stand as they are. */
  changed: boolean
}

/** Makes the next snapshot of one questionnaire. */
export function publishQuestionnaire(input: PublishInput): PublishOutput {
  const rules = input.rules ?? DEFAULT_RULES
  const { rows } = input
  const { retired, heldBack } = retireRows(rows, input.retainFromMonth ?? null, rules)
  const states = releaseRows(rows, retired, input.now, rules)
  const totals = totalCells(rows, states, retired)

  const partitions = partitionsOf(totals)
  const overallCells = new Map<string, SuppressionCell>([...totals].map(([key, cell]) => [key, { n: cell.overall.count, hidden: isHiddenCell(key) }]))
  const suppressed = suppressedCells(overallCells, partitions, rules.minGroupSize)
  const suppressedByDimension = new Map(
    DIMENSION_IDS.map((dimension) => {
      const counts = new Map<string, SuppressionCell>([...totals].map(([key, cell]) => [key, { n: cell.dimensions.get(dimension)?.count ?? 0, hidden: isHiddenCell(key) }]))
      return [dimension, suppressedCells(counts, partitions, rules.minGroupSize, suppressed)] as const
    }),
  )

  const previous = new Map(input.previousCells.map((cell) => [publishedKey(cell), cell]))
  const answers = publishableAnswers(totals, rules.minGroupSize)
  const cells: PublishedCell[] = []
  for (const [key, cell] of totals) {
    if (suppressed.has(key) || cell.overall.count === 0) continue
    const place = groupAndPeriod(key)
    const before = previous.get(publishedKey(place))
    // Unchanged figures are republished as they were, with their count, whatever else changed.
    const base = before && !cell.changed.has('overall') ? { n: before.n, overall: before.overall, context: before.context, plan: before.plan } : freshFigures(cell, answers)
    const dimensions: PublishedCell['dimensions'] = {}
    for (const dimension of DIMENSION_IDS) {
      const histogram = cell.dimensions.get(dimension)
      if (!histogram || histogram.count === 0 || suppressedByDimension.get(dimension)!.has(key)) continue
      const kept = before && !cell.changed.has(dimension) ? before.dimensions[dimension] : undefined
      dimensions[dimension] = kept ?? summarise(histogram, true)
    }
    cells.push({ ...place, ...base, dimensions })
  }
  cells.sort(compareCells)

  const rowUpdates = [...states].map(([index, state]) => ({ key: rows[index]!.key, ...state }))
  const waiting = rows.filter((row, index) => !retired.has(index) && !(row.releasedMask & measureBit('overall')) && !states.get(index)?.releasedMask).length
  return {
    cells,
    rowUpdates,
    deletedKeys: [...retired].map((index) => rows[index]!.key),
    waiting,
    heldBack,
    changed: states.size > 0 || retired.size > 0 || input.previousCells.length !== cells.length,
  }
}

function freshFigures(cell: CellTotals, answers: Map<string, Set<string>>): Pick<PublishedCell, 'n' | 'overall' | 'context' | 'plan'> {
  const n = cell.overall.count
  const context: PublishedCell['context'] = {}
  for (const [question, counts] of [...cell.context].sort(([a], [b]) => a.localeCompare(b))) {
    const allowed = answers.get(question)
    if (!allowed) continue
    const shares = [...counts].filter(([answer]) => allowed.has(answer)).sort(([a], [b]) => a.localeCompare(b))
    if (shares.length > 0) context[question] = Object.fromEntries(shares.map(([answer, count]) => [answer, Math.round((100 * count) / n)]))
  }
  const plan: PublishedCell['plan'] = {}
  for (const dimension of DIMENSION_IDS) {
    const sum = cell.plan.get(dimension)
    if (sum) plan[dimension] = { ...sum }
  }
  return { n, overall: summarise(cell.overall, false), context, plan }
}

/**
 * Context answers are codes, but a sender may invent any code that fits the pattern. A question or
 * answer is published only when at least `minGroupSize` published submissions of the questionnaire
 * carry it, so an invented code (or one only a few use) never appears in a snapshot.
 */
function publishableAnswers(totals: Map<string, CellTotals>, minGroupSize: number): Map<string, Set<string>> {
  const national = totals.get(cellKey(TABLES[0]!, {} as AttributeValues))
  const allowed = new Map<string, Set<string>>()
  for (const [question, counts] of national?.context ?? []) {
    const answered = [...counts.values()].reduce((sum, count) => sum + count, 0)
    const common = [...counts].filter(([, count]) => count >= minGroupSize).map(([answer]) => answer)
    if (answered >= minGroupSize && common.length > 0) allowed.set(question, new Set(common))
  }
  return allowed
}

/** Each published-table parent with its children in every finer table. */
function partitionsOf(totals: Map<string, CellTotals>): Partition[] {
  const byParent = new Map<string, Partition>()
  for (const key of totals.keys()) {
    const table = tableOf(key)
    const values = valuesOfKey(key) as AttributeValues
    for (const pair of TABLE_PAIRS) {
      if (pair.child !== table) continue
      const parent = cellKey(pair.parent, values)
      const id = `${parent}>${table.id}`
      const partition = byParent.get(id) ?? byParent.set(id, { parent, children: [] }).get(id)!
      partition.children.push(key)
    }
  }
  return [...byParent.values()]
}

function publishedKey(cell: { breakdown: string; group: Record<string, string>; period: string }): string {
  return `${cell.breakdown}|${groupKey(cell.group)}|${cell.period}`
}

const BREAKDOWN_ORDER = TABLES.map((table) => table.breakdown)

function compareCells(a: PublishedCell, b: PublishedCell): number {
  return BREAKDOWN_ORDER.indexOf(a.breakdown) - BREAKDOWN_ORDER.indexOf(b.breakdown) || (a.period === 'all' ? -1 : 0) - (b.period === 'all' ? -1 : 0) || a.period.localeCompare(b.period) || groupKey(a.group).localeCompare(groupKey(b.group))
}

