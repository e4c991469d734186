/**
 * Complementary suppression (METHOD.md, "Overlapping groups"). A group with fewer than
 * `minGroupSize` submissions is not published, nor is a hidden group. Then, for every published
 * parent and every partition of it into the groups of a finer table, what is not published
 * together must count 0 or at least `minGroupSize` submissions, or else parent minus the published
 * children would reveal it: the smallest published child joins the suppressed ones until that
 * holds. Suppressing may break another partition, so the check repeats until nothing changes.
 */

export interface SuppressionCell {
  n: number
  /** Never published (a hidden group), but counted. */
  hidden: boolean
}

export interface Partition {
  parent: string
  children: string[]
}

/** The keys of the cells not to publish. */
export function suppressedCells(cells: ReadonlyMap<string, SuppressionCell>, partitions: readonly Partition[], minGroupSize: number, alsoSuppressed: ReadonlySet<string> = new Set()): Set<string> {
  const suppressed = new Set<string>(alsoSuppressed)
  for (const [key, cell] of cells) if (cell.hidden || cell.n < minGroupSize) suppressed.add(key)

  let changed = true
  while (changed) {
    changed = false
    for (const { parent, children } of partitions) {
      if (suppressed.has(parent) || !cells.has(parent)) continue
      const present = children.filter((key) => (cells.get(key)?.n ?? 0) > 0)
      const mass = present.filter((key) => suppressed.has(key)).reduce((sum, key) => sum + cells.get(key)!.n, 0)
      if (mass === 0 || mass >= minGroupSize) continue
      const next = present
        .filter((key) => !suppressed.has(key))
        .sort((a, b) => cells.get(a)!.n - cells.get(b)!.n || a.localeCompare(b))[0]
      // With every child suppressed the mass is the parent's own count, which is published, so
      // a candidate always exists; the guard only keeps a broken input from looping.
      if (next === undefined) continue
      suppressed.add(next)
      changed = true
    }
  }
  return suppressed
}
