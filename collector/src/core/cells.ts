import { attributeValues, cellKeysOf } from './breakdowns.ts'
import { Histogram } from './summary.ts'
import { measureBit, type Measure, type SubmissionRow } from './types.ts'
import { DIMENSION_IDS, type DimensionId } from '../payload/codes.ts'
import type { RowState } from './release.ts'

/** Everything a cell's figures are made of, counted over its published submissions. */
export interface CellTotals {
  overall: Histogram
  dimensions: Map<DimensionId, Histogram>
  /** question → answer → count */
  context: Map<string, Map<string, number>>
  plan: Map<DimensionId, { planned: number; done: number }>
  /** Measures whose set of published submissions changed in this round. */
  changed: Set<Measure>
}

/**
 * Adds up the published submissions (after this round's releases and deletions) per cell, and
 * marks which measures of a cell changed: a submission entered or left it in this round.
 */
export function totalCells(rows: readonly SubmissionRow[], states: ReadonlyMap<number, RowState>, retired: ReadonlySet<number>): Map<string, CellTotals> {
  const cells = new Map<string, CellTotals>()
  const cell = (key: string) => {
    let totals = cells.get(key)
    if (!totals) cells.set(key, (totals = { overall: new Histogram(), dimensions: new Map(), context: new Map(), plan: new Map(), changed: new Set() }))
    return totals
  }
  rows.forEach((row, index) => {
    const before = { releasedMask: row.releasedMask, coarseMask: row.coarseMask }
    const after = retired.has(index) ? { releasedMask: 0, coarseMask: row.coarseMask } : (states.get(index) ?? before)
    const changedBits = before.releasedMask ^ after.releasedMask
    if (after.releasedMask === 0 && changedBits === 0) return
    // A retired submission marks the cells it leaves; a released one, the cells it enters.
    const keys = cellKeysOf(attributeValues(row, after.releasedMask === 0 ? before.coarseMask : after.coarseMask))
    for (const key of keys) {
      const totals = cell(key)
      if (changedBits & measureBit('overall')) totals.changed.add('overall')
      for (const dimension of DIMENSION_IDS) if (changedBits & measureBit(dimension)) totals.changed.add(dimension)
      if (!(after.releasedMask & measureBit('overall'))) continue
      totals.overall.add(row.overall.score, row.overall.level)
      for (const [question, answer] of Object.entries(row.context)) {
        const answers = totals.context.get(question) ?? totals.context.set(question, new Map()).get(question)!
        answers.set(answer, (answers.get(answer) ?? 0) + 1)
      }
      for (const [dimension, steps] of Object.entries(row.plan) as [DimensionId, { planned: number; done: number }][]) {
        const sum = totals.plan.get(dimension) ?? totals.plan.set(dimension, { planned: 0, done: 0 }).get(dimension)!
        sum.planned += steps.planned
        sum.done += steps.done
      }
      for (const dimension of DIMENSION_IDS) {
        const entry = row.dimensions[dimension]
        if (!entry || !(after.releasedMask & measureBit(dimension))) continue
        const histogram = totals.dimensions.get(dimension) ?? totals.dimensions.set(dimension, new Histogram()).get(dimension)!
        histogram.add(entry.score, entry.level)
      }
    }
  })
  return cells
}
