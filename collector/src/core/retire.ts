import { attributeValues, cellKeysOf } from './breakdowns.ts'
import { MEASURES, measureBit, type PublicationRules, type SubmissionRow } from './types.ts'

/**
 * Chooses which submissions past the retention period can be deleted now (METHOD.md, "Retention").
 * Submissions that were never published go at once. Published ones leave the figures like they
 * entered them: in every cell and measure either none or at least `minDelta` leave, and what stays
 * is none or at least `minGroupSize`; otherwise deleting them would let the figures before and
 * after reveal the ones that left. Those that cannot go yet are kept and counted as held back.
 */
export function retireRows(rows: readonly SubmissionRow[], retainFromMonth: string | null, rules: PublicationRules): { retired: Set<number>; heldBack: number } {
  const retired = new Set<number>()
  if (!retainFromMonth) return { retired, heldBack: 0 }
  const leaving = new Set<number>()
  rows.forEach((row, index) => {
    if (row.receivedMonth >= retainFromMonth) return
    if (row.releasedMask === 0) retired.add(index)
    else leaving.add(index)
  })
  if (leaving.size === 0) return { retired, heldBack: 0 }

  // Published submissions per cell and measure, and which of them would leave.
  const cellsOf = (index: number) => {
    const row = rows[index]!
    const keys = cellKeysOf(attributeValues(row, row.coarseMask))
    return MEASURES.filter((measure) => row.releasedMask & measureBit(measure)).flatMap((measure) => keys.map((key) => `${key}#${measure}`))
  }
  const published = new Map<string, number>()
  rows.forEach((row, index) => {
    if (row.releasedMask !== 0) for (const key of cellsOf(index)) published.set(key, (published.get(key) ?? 0) + 1)
  })

  for (;;) {
    const leavers = new Map<string, number[]>()
    for (const index of leaving) for (const key of cellsOf(index)) (leavers.get(key) ?? leavers.set(key, []).get(key)!).push(index)
    let changed = false
    for (const [key, all] of leavers) {
      // Earlier decisions of this pass may have kept some already; the next pass recounts.
      const indices = all.filter((index) => leaving.has(index))
      const total = published.get(key) ?? 0
      const staying = total - indices.length
      let keep = 0
      if (indices.length < rules.minDelta) keep = indices.length
      else if (staying > 0 && staying < rules.minGroupSize) {
        // Keep the youngest few so that enough stay; if then too few would leave, keep them all.
        const mayLeave = total - rules.minGroupSize
        keep = mayLeave >= rules.minDelta ? indices.length - mayLeave : indices.length
      }
      if (keep === 0) continue
      const youngestFirst = [...indices].sort((a, b) => rows[b]!.receivedMonth.localeCompare(rows[a]!.receivedMonth) || rows[b]!.key.localeCompare(rows[a]!.key))
      for (const index of youngestFirst.slice(0, keep)) leaving.delete(index)
      changed = true
    }
    if (!changed) break
  }
  for (const index of leaving) retired.add(index)
  const due = rows.filter((row) => row.receivedMonth < retainFromMonth).length
  return { retired, heldBack: due - retired.size }
}
