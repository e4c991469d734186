import { describe, expect, it } from 'vitest'
import { suppressedCells, type SuppressionCell } from '../src/core/suppression.ts'

const cells = (entries: Record<string, number | [number, 'hidden']>) =>
  new Map<string, SuppressionCell>(Object.entries(entries).map(([key, value]) => [key, Array.isArray(value) ? { n: value[0], hidden: true } : { n: value, hidden: false }]))

describe('complementary suppression', () => {
  it('suppresses small groups, then the smallest sibling so that parent minus the published children reveals 10 or more', () => {
    const counts = cells({ state: 40, a: 3, b: 12, c: 25 })
    const suppressed = suppressedCells(counts, [{ parent: 'state', children: ['a', 'b', 'c'] }], 10)
    expect([...suppressed].sort()).toEqual(['a', 'b'])
  })

  it('adds siblings until the suppressed ones count 10 together', () => {
    const counts = cells({ state: 60, a: 2, b: 3, c: 4, d: 51 })
    // a, b, c are small (9 together): one published child more must go, and only d is left.
    expect([...suppressedCells(counts, [{ parent: 'state', children: ['a', 'b', 'c', 'd'] }], 10)].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('counts hidden groups (no district given) as suppressed', () => {
    const counts = cells({ state: 30, 'district-1': 12, 'district-2': 13, none: [5, 'hidden'] })
    expect([...suppressedCells(counts, [{ parent: 'state', children: ['district-1', 'district-2', 'none'] }], 10)].sort()).toEqual(['district-1', 'none'])
  })

  it('re-checks other partitions after a suppression until nothing changes', () => {
    // state → sectors (x small) forces y out; y is also a child of the national sector partition.
    const counts = cells({ national: 100, state: 40, x: 4, y: 12, z: 24, 'sector-y': 30, 'y-elsewhere': 18, other: 52 })
    const suppressed = suppressedCells(
      counts,
      [
        { parent: 'state', children: ['x', 'y', 'z'] },
        { parent: 'sector-y', children: ['y', 'y-elsewhere'] },
      ],
      10,
    )
    // y (12) is suppressed to protect x; then sector-y minus y-elsewhere would reveal y alone is fine
    // (12 ≥ 10), so nothing else goes.
    expect([...suppressed].sort()).toEqual(['x', 'y'])
  })

  it('cascades when a complementary suppression leaves another partition with a small remainder', () => {
    const counts = cells({ p: 40, a: 5, b: 11, c: 24, q: 30, b2: 11, rest: [8, 'hidden'], d: 11 })
    // In q = b2 + rest + d, the hidden rest (8) forces the smaller of b2/d out.
    const suppressed = suppressedCells(
      counts,
      [
        { parent: 'p', children: ['a', 'b', 'c'] },
        { parent: 'q', children: ['b2', 'rest', 'd'] },
      ],
      10,
    )
    expect([...suppressed].sort()).toEqual(['a', 'b', 'b2', 'rest'])
  })

  it('never checks partitions of a parent that is itself not published', () => {
    const counts = cells({ p: 8, a: 4, b: 4 })
    expect([...suppressedCells(counts, [{ parent: 'p', children: ['a', 'b'] }], 10)].sort()).toEqual(['a', 'b', 'p'])
  })
})
