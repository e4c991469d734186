import { BREAKDOWNS } from '../../src/core/breakdowns.ts'
import type { PublishedCell } from '../../src/core/types.ts'

/**
 * What an attacker can compute from published snapshots by adding and subtracting groups. Each
 * derivation yields a count and a score sum (mean × n, from the rounded published means); when the
 * count is 1 the "sum" is one business's score.
 */
export interface Derivation {
  how: string
  n: number
  scoreSum: number
}

const attributesOf = (breakdown: string) => BREAKDOWNS.find((candidate) => candidate.name === breakdown)!.attributes as readonly string[]
const sumOf = (cell: PublishedCell) => cell.overall.mean * cell.n
const label = (cell: PublishedCell) => `${cell.breakdown}${JSON.stringify(cell.group)}@${cell.period}`

/** Parent minus its published children, for every published parent and every finer breakdown or its quarters. */
export function parentMinusChildren(cells: readonly PublishedCell[]): Derivation[] {
  const derivations: Derivation[] = []
  for (const parent of cells) {
    const parentAttributes = attributesOf(parent.breakdown)
    for (const breakdown of BREAKDOWNS) {
      const finer = breakdown.attributes.length > parentAttributes.length && parentAttributes.every((attribute) => (breakdown.attributes as readonly string[]).includes(attribute))
      const sameBreakdownByQuarter = breakdown.name === parent.breakdown && parent.period === 'all'
      if (!finer && !sameBreakdownByQuarter) continue
      const children = cells.filter(
        (cell) =>
          cell.breakdown === breakdown.name &&
          (sameBreakdownByQuarter && !finer ? cell.period !== 'all' : cell.period === parent.period) &&
          parentAttributes.every((attribute) => cell.group[attribute] === parent.group[attribute]),
      )
      if (children.length === 0) continue
      const n = parent.n - children.reduce((total, cell) => total + cell.n, 0)
      const scoreSum = sumOf(parent) - children.reduce((total, cell) => total + sumOf(cell), 0)
      derivations.push({ how: `${label(parent)} minus ${breakdown.name}${sameBreakdownByQuarter && !finer ? ' by quarter' : ''}`, n, scoreSum })
    }
  }
  return derivations
}

/** Each group published in both snapshots: after minus before. */
export function afterMinusBefore(before: readonly PublishedCell[], after: readonly PublishedCell[]): Derivation[] {
  return after.flatMap((cell) => {
    const earlier = before.find((candidate) => label(candidate) === label(cell))
    return earlier ? [{ how: `${label(cell)} after minus before`, n: cell.n - earlier.n, scoreSum: sumOf(cell) - sumOf(earlier) }] : []
  })
}

/** Any two groups of one snapshot and period, the larger minus the smaller (as if one held the other). */
export function groupMinusGroup(cells: readonly PublishedCell[]): Derivation[] {
  return cells.flatMap((a) =>
    cells.filter((b) => b !== a && b.period === a.period && b.n <= a.n).map((b) => ({ how: `${label(a)} minus ${label(b)}`, n: a.n - b.n, scoreSum: sumOf(a) - sumOf(b) })),
  )
}

/** The derivations that isolate fewer than `minimum` (but at least one) submissions. */
export function revealing(derivations: readonly Derivation[], minimum = 10): Derivation[] {
  return derivations.filter((derivation) => derivation.n >= 1 && derivation.n < minimum)
}
