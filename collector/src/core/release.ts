import { ATTRIBUTE_BITS, attributeValues, cellKeysOf, HIDDEN, tableOf, type Attribute } from './breakdowns.ts'
import { addMonths, monthOf, quarterOf } from './period.ts'
import { MEASURES, measureBit, type PublicationRules, type SubmissionRow } from './types.ts'

/**
 * Decides which waiting submissions enter the published figures now (METHOD.md, "Release").
 *
 * A submission enters the figures of all its groups at once, and only together with others: in
 * every cell (of every table, hidden ones included) the number of submissions entering now is 0 or
 * at least `minDelta`. So no group's figures ever change by fewer than `minDelta` submissions, and
 * because all groups change together their differences stay consistent: a fresh parent minus a
 * not-yet-updated child cannot isolate the one submission the child is still waiting for. Per
 * measure the same holds (a field one submission lacks is released on its own count).
 *
 * A submission that waited `maxWaitMonths` is published without the attribute of a cell that keeps
 * it waiting (for example its district), so that a rare district does not keep it out of the state
 * figures forever; its quarter goes as soon as the quarter is over. That choice is permanent.
 */

/** Which attribute goes first when a submission has waited long enough. */
const COARSEN_ORDER: readonly Attribute[] = ['quarter', 'district', 'campaign', 'employees', 'sectorGroup', 'state']

export interface RowState {
  releasedMask: number
  coarseMask: number
}

/** The new publication state of rows that change; rows not in the map stay as they are. */
export function releaseRows(rows: readonly SubmissionRow[], excluded: ReadonlySet<number>, now: Date, rules: PublicationRules): Map<number, RowState> {
  const changes = new Map<number, RowState>()
  const currentQuarter = quarterOf(monthOf(now))
  const overdueFrom = addMonths(monthOf(now), -rules.maxWaitMonths)
  const overallBit = measureBit('overall')

  // Overall first: it fixes the coarse mask of each newly released submission.
  const waiting = new Map<number, number>()
  rows.forEach((row, index) => {
    if (excluded.has(index) || row.releasedMask & overallBit) return
    const quarterOver = quarterOf(row.month) < currentQuarter
    waiting.set(index, row.coarseMask | (quarterOver ? ATTRIBUTE_BITS.quarter : 0))
  })
  const overall = settle(waiting, (index, mask) => cellKeysOf(attributeValues(rows[index]!, mask)), rules.minDelta, (index, key, mask) =>
    rows[index]!.receivedMonth <= overdueFrom ? coarsened(key, mask) : null,
  )
  for (const [index, coarseMask] of overall) changes.set(index, { releasedMask: rows[index]!.releasedMask | overallBit, coarseMask })

  // Then each field, among submissions whose overall score is (now) published, with their mask.
  for (const measure of MEASURES.slice(1)) {
    const bit = measureBit(measure)
    const candidates = new Map<number, number>()
    rows.forEach((row, index) => {
      const state = changes.get(index) ?? (row.releasedMask & overallBit ? { releasedMask: row.releasedMask, coarseMask: row.coarseMask } : null)
      if (!state || excluded.has(index) || state.releasedMask & bit || !(measure in row.dimensions)) return
      candidates.set(index, state.coarseMask)
    })
    const released = settle(candidates, (index, mask) => cellKeysOf(attributeValues(rows[index]!, mask)), rules.minDelta, () => null)
    for (const index of released.keys()) {
      const state = changes.get(index) ?? { releasedMask: rows[index]!.releasedMask, coarseMask: rows[index]!.coarseMask }
      changes.set(index, { ...state, releasedMask: state.releasedMask | bit })
    }
  }
  return changes
}

/** The mask with one more attribute of this cell hidden, or null if none is left to hide. */
function coarsened(key: string, mask: number): number | null {
  const attributes = tableOf(key).attributes
  const values = key.split('|').slice(1)
  for (const attribute of COARSEN_ORDER) {
    const position = attributes.indexOf(attribute)
    if (position >= 0 && values[position] !== HIDDEN) {
      return mask | ATTRIBUTE_BITS[attribute] | (attribute === 'state' ? ATTRIBUTE_BITS.district : 0)
    }
  }
  return null
}

/**
 * The largest set of candidates such that every cell gets 0 or at least `minDelta` of them:
 * candidates in a cell with too few leave (or, if `coarsen` allows, move out of that cell) until
 * no cell has too few. Returns the remaining candidates with their (possibly coarsened) masks.
 */
function settle(
  candidates: Map<number, number>,
  keysOf: (index: number, mask: number) => string[],
  minDelta: number,
  coarsen: (index: number, key: string, mask: number) => number | null,
): Map<number, number> {
  const members = new Map<string, Set<number>>()
  const keys = new Map<number, string[]>()
  const queue: string[] = []
  const join = (index: number, mask: number) => {
    candidates.set(index, mask)
    const cellKeys = keysOf(index, mask)
    keys.set(index, cellKeys)
    for (const key of cellKeys) {
      let set = members.get(key)
      if (!set) members.set(key, (set = new Set()))
      set.add(index)
      queue.push(key)
    }
  }
  const leave = (index: number) => {
    for (const key of keys.get(index) ?? []) {
      members.get(key)?.delete(index)
      queue.push(key)
    }
    keys.delete(index)
    candidates.delete(index)
  }
  for (const [index, mask] of [...candidates]) join(index, mask)

  while (queue.length > 0) {
    const key = queue.pop()!
    const set = members.get(key)
    if (!set || set.size === 0 || set.size >= minDelta) continue
    for (const index of [...set]) {
      const mask = candidates.get(index)!
      const next = coarsen(index, key, mask)
      leave(index)
      if (next !== null) join(index, next)
    }
  }
  return candidates
}
