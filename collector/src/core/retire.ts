import { atomKey, attributeValues } from './breakdowns.ts'
import { MEASURES, measureBit, type PublicationRules, type SubmissionRow } from './types.ts'

/**
 * Chooses which submissions past the retention period can be deleted now (METHOD.md, "Retention").
 * Submissions that were never published go at once. Published ones leave the figures the way they
 * entered them: per atom and measure either none or at least `minDelta` leave, and what stays is
 * none or at least `minGroupSize`; otherwise the figures before and after would reveal the ones
 * that left. Those that cannot go yet are kept and counted as held back.
 */
export function retireRows(rows: readonly SubmissionRow[], retainFromMonth: string | null, rules: PublicationRules): { retired: Set<number>; heldBack: number } {
  const retired = new Set<number>()
  if (!retainFromMonth) return { retired, heldBack: 0 }
  const due = (row: SubmissionRow) => row.receivedMonth < retainFromMonth

  // Published submissions per atom and measure; the due ones among them, youngest first.
  const published = new Map<string, number>()
  const leaving = new Map<string, number[]>()
  rows.forEach((row, index) => {
    if (!due(row) || row.releasedMask !== 0) return
    retired.add(index)
  })
  const atomsOf = (row: SubmissionRow) => {
    const atom = atomKey(attributeValues(row, row.coarseMask))
    return MEASURES.filter((measure) => row.releasedMask & measureBit(measure)).map((measure) => `${atom}#${measure}`)
  }
  rows.forEach((row, index) => {
    if (row.releasedMask === 0) return
    for (const key of atomsOf(row)) {
      published.set(key, (published.get(key) ?? 0) + 1)
      if (due(row)) (leaving.get(key) ?? leaving.set(key, []).get(key)!).push(index)
    }
  })

  // A submission leaves only if every atom-measure it is in lets it; keeping one back can make
  // another atom-measure's batch too small, so decide until nothing changes.
  const kept = new Set<number>()
  for (let changed = true; changed; ) {
    changed = false
    for (const [key, all] of leaving) {
      const going = all.filter((index) => !kept.has(index))
      if (going.length === 0) continue
      const total = published.get(key)!
      let allowed = going.length
      if (going.length < rules.minDelta) allowed = 0
      else if (total - going.length > 0 && total - going.length < rules.minGroupSize) {
        // Enough must stay: let only the oldest go, and none if then too few would leave.
        allowed = total - rules.minGroupSize >= rules.minDelta ? total - rules.minGroupSize : 0
      }
      if (allowed === going.length) continue
      const youngestFirst = [...going].sort((a, b) => rows[b]!.receivedMonth.localeCompare(rows[a]!.receivedMonth) || rows[b]!.key.localeCompare(rows[a]!.key))
      for (const index of youngestFirst.slice(0, going.length - allowed)) kept.add(index)
      changed = true
    }
  }
  rows.forEach((row, index) => {
    if (row.releasedMask !== 0 && due(row) && !kept.has(index)) retired.add(index)
  })
  return { retired, heldBack: kept.size }
}
