import { ATTRIBUTE_BITS, atomKey, attributeValues, HIDDEN, type Attribute } from './breakdowns.ts'
import { addMonths, monthOf, quarterOf } from './period.ts'
import { MEASURES, measureBit, type PublicationRules, type SubmissionRow } from './types.ts'

/**
 * Decides which waiting submissions enter the published figures now (METHOD.md, "Release").
 *
 * Submissions that share all published attributes (quarter, state, district, campaign, sector
 * group, size class) form an atom; every published group is a union of atoms. A submission enters
 * the figures only together with at least `minDelta - 1` others of its atom. So every atom holds 0
 * or at least `minDelta` published submissions, and changes by 0 or at least `minDelta` at a time;
 * any sum or difference of published groups, within a snapshot or between snapshots, is a sum over
 * such batches and never isolates one submission. The same holds per field (a field some
 * submissions lack is released on its own count).
 *
 * A submission that waited `maxWaitMonths` is published without one more attribute at a time
 * (district first, then campaign, quarter, size class, sector group, state) until its atom is big
 * enough; a submission from a quarter that is already over goes without its quarter as soon as its
 * atom with the quarter is too small. That choice is permanent, so the atoms stay disjoint.
 */

/** Which attribute goes first when a submission has waited long enough. */
const COARSEN_ORDER: readonly Attribute[] = ['district', 'campaign', 'quarter', 'employees', 'sectorGroup', 'state']

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
  const atomOf = (index: number, mask: number) => atomKey(attributeValues(rows[index]!, mask))

  // Overall first: it fixes the coarse mask of each newly released submission.
  const waiting = new Map<number, number>()
  rows.forEach((row, index) => {
    if (!excluded.has(index) && !(row.releasedMask & overallBit)) waiting.set(index, row.coarseMask)
  })
  const wait = (index: number, mask: number) => {
    const row = rows[index]!
    if (row.receivedMonth <= overdueFrom) return coarsened(row, mask)
    // A quarter that is over gets no new submissions: waiting for its atom to fill is pointless.
    const quarterOver = quarterOf(row.month) < currentQuarter && !(mask & ATTRIBUTE_BITS.quarter)
    return quarterOver ? mask | ATTRIBUTE_BITS.quarter : null
  }
  for (const [index, coarseMask] of settle(waiting, atomOf, rules.minDelta, wait)) {
    changes.set(index, { releasedMask: rows[index]!.releasedMask | overallBit, coarseMask })
  }

  // Then each field, among submissions whose overall score is (now) published, with their mask.
  for (const measure of MEASURES.slice(1)) {
    const bit = measureBit(measure)
    const candidates = new Map<number, number>()
    rows.forEach((row, index) => {
      const state = changes.get(index) ?? (row.releasedMask & overallBit ? { releasedMask: row.releasedMask, coarseMask: row.coarseMask } : null)
      if (!state || excluded.has(index) || state.releasedMask & bit || !(measure in row.dimensions)) return
      candidates.set(index, state.coarseMask)
    })
    for (const index of settle(candidates, atomOf, rules.minDelta, () => null).keys()) {
      const state = changes.get(index) ?? { releasedMask: rows[index]!.releasedMask, coarseMask: rows[index]!.coarseMask }
      changes.set(index, { ...state, releasedMask: state.releasedMask | bit })
    }
  }
  return changes
}

/** The mask with the next attribute hidden that the submission still shows, or null if none is left. */
function coarsened(row: SubmissionRow, mask: number): number | null {
  const values = attributeValues(row, mask)
  const next = COARSEN_ORDER.find((attribute) => values[attribute] !== HIDDEN)
  if (!next) return null
  // A district names its state, so it goes whenever the state goes.
  return mask | ATTRIBUTE_BITS[next] | (next === 'state' ? ATTRIBUTE_BITS.district : 0)
}

/**
 * Keeps the candidates whose atom has at least `minDelta` of them. Those in smaller atoms leave,
 * or, if `coarsen` gives them a coarser mask, try again in the coarser atom; until nothing moves.
 */
function settle(candidates: Map<number, number>, atomOf: (index: number, mask: number) => string, minDelta: number, coarsen: (index: number, mask: number) => number | null): Map<number, number> {
  for (let moved = true; moved; ) {
    moved = false
    const atoms = new Map<string, number[]>()
    for (const [index, mask] of candidates) {
      const key = atomOf(index, mask)
      const members = atoms.get(key)
      if (members) members.push(index)
      else atoms.set(key, [index])
    }
    for (const members of atoms.values()) {
      if (members.length >= minDelta) continue
      for (const index of members) {
        const next = coarsen(index, candidates.get(index)!)
        if (next === null) candidates.delete(index)
        else {
          candidates.set(index, next)
          moved = true
        }
      }
    }
  }
  return candidates
}

