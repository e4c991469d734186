import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { atomKey, attributeValues, cellKeysOf, groupAndPeriod, groupKey, isHiddenCell } from '../src/core/breakdowns.ts'
import { publishQuestionnaire } from '../src/core/publish.ts'
import { MEASURES, measureBit, type PublishedCell, type SubmissionRow } from '../src/core/types.ts'
import { applyPublication, makeRow } from './support/rows.ts'

/**
 * The method's guarantees as properties, over random streams of submissions and publications
 * (with time passing and retention): whatever arrives, every atom and every published group holds
 * 0 or ≥ 10 submissions per measure and changes by 0 or ≥ 10 at a time, and a group whose
 * submissions did not change keeps its figures.
 */

const submission = fc.record({
  state: fc.constantFrom('DE-NI' as const, 'DE-HB' as const),
  district: fc.constantFrom(null, '03241', '03251'),
  campaign: fc.constantFrom(null, null, 'hwk-2027'),
  sectorGroup: fc.constantFrom('handwerk-bau' as const, 'handel' as const, 'industrie' as const),
  employees: fc.constantFrom('1-9' as const, '10-49' as const),
  score: fc.integer({ min: 0, max: 100 }),
  fields: fc.constantFrom(['bildung'], ['bildung', 'fachkraefte'], [] as string[]),
  monthsAgo: fc.integer({ min: 0, max: 5 }),
})

const round = fc.record({ arrivals: fc.array(submission, { minLength: 0, maxLength: 150, size: 'max' }), monthsLater: fc.integer({ min: 0, max: 2 }), retain: fc.boolean() })

function populations(rows: readonly SubmissionRow[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>()
  const add = (key: string, member: string) => (sets.get(key) ?? sets.set(key, new Set()).get(key)!).add(member)
  for (const row of rows) {
    const values = attributeValues(row, row.coarseMask)
    for (const measure of MEASURES) {
      if (!(row.releasedMask & measureBit(measure))) continue
      add(`atom:${atomKey(values)}#${measure}`, row.key)
      for (const cell of cellKeysOf(values)) add(`cell:${cell}#${measure}`, row.key)
    }
  }
  return sets
}

const okCount = (count: number) => count === 0 || count >= 10

describe('publication invariants over random streams', () => {
  it('holds for every atom, group and change', () => {
    const seen = { released: 0, coarsened: 0, deleted: 0, heldBack: 0, cells: 0 }
    fc.assert(
      fc.property(fc.array(round, { minLength: 2, maxLength: 6 }), (rounds) => {
        let rows: SubmissionRow[] = []
        let previous: PublishedCell[] = []
        let before = new Map<string, Set<string>>()
        let month = 6
        for (const { arrivals, monthsLater, retain } of rounds) {
          month += monthsLater
          const now = new Date(Date.UTC(2026, month, 15))
          const nowMonth = now.toISOString().slice(0, 7)
          for (const arrival of arrivals) {
            const received = new Date(Date.UTC(2026, month - arrival.monthsAgo, 15)).toISOString().slice(0, 7)
            rows.push(
              makeRow({
                state: arrival.state,
                district: arrival.state === 'DE-NI' ? arrival.district : null,
                campaign: arrival.campaign,
                sectorGroup: arrival.sectorGroup,
                employees: arrival.employees,
                month: received,
                receivedMonth: received,
                overall: { score: arrival.score, level: 1 + Math.min(4, Math.floor(arrival.score / 20)) },
                dimensions: Object.fromEntries(arrival.fields.map((field) => [field, { score: arrival.score, level: 3 }])),
              }),
            )
          }
          const retainFromMonth = retain ? new Date(Date.UTC(2026, month - 3, 15)).toISOString().slice(0, 7) : null
          const output = publishQuestionnaire({ rows, previousCells: previous, now, retainFromMonth })
          rows = applyPublication(rows, output)
          seen.released += output.rowUpdates.length
          seen.coarsened += output.rowUpdates.filter((update) => update.coarseMask !== 0).length
          seen.deleted += output.deletedKeys.length
          seen.heldBack += output.heldBack
          seen.cells += output.cells.length
          const after = populations(rows)

          for (const [key, members] of after) expect(okCount(members.size), `${key} holds ${members.size}`).toBe(true)
          for (const key of new Set([...before.keys(), ...after.keys()])) {
            const old = before.get(key) ?? new Set()
            const now = after.get(key) ?? new Set()
            const entered = [...now].filter((member) => !old.has(member)).length
            const left = [...old].filter((member) => !now.has(member)).length
            expect(okCount(entered) && okCount(left), `${key}: +${entered} -${left} in ${nowMonth}`).toBe(true)
          }
          for (const cell of output.cells) {
            const key = `cell:${cellKeyOf(cell)}#overall`
            expect(cell.n).toBe(after.get(key)?.size)
            expect(isHiddenCell(cellKeyOf(cell))).toBe(false)
            const earlier = previous.find((candidate) => cellKeyOf(candidate) === cellKeyOf(cell))
            const unchanged = sameSet(before.get(key), after.get(key))
            if (earlier && unchanged) expect({ ...cell, dimensions: {} }).toEqual({ ...earlier, dimensions: {} })
          }
          previous = output.cells
          before = after
        }
      }),
      { numRuns: 150 },
    )
    // The streams must exercise the rules, not just wait: releases, coarsening, deletions, hold-backs.
    expect(seen.released).toBeGreaterThan(1000)
    expect(seen.coarsened).toBeGreaterThan(100)
    expect(seen.deleted).toBeGreaterThan(100)
    expect(seen.heldBack).toBeGreaterThan(0)
    expect(seen.cells).toBeGreaterThan(500)
  })
})

function cellKeyOf(cell: PublishedCell): string {
  const table = cell.period === 'all' ? cell.breakdown : `${cell.breakdown}@quarter`
  const values = { quarter: cell.period, ...cell.group }
  const attributes = { national: [], state: ['state'], sector: ['sectorGroup'], size: ['employees'], 'state-sector': ['state', 'sectorGroup'], 'state-size': ['state', 'employees'], district: ['state', 'district'], campaign: ['campaign'] }[cell.breakdown]!
  const ordered = [...(cell.period === 'all' ? [] : ['quarter']), ...attributes].map((attribute) => values[attribute as keyof typeof values])
  const key = `${table}|${ordered.join('|')}`
  // Cross-check against the core's own reading of the key.
  const place = groupAndPeriod(key)
  if (groupKey(place.group) !== groupKey(cell.group) || place.period !== cell.period) throw new Error(`cannot rebuild the key of ${key}`)
  return key
}

function sameSet(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return !a && !b
  return a.size === b.size && [...a].every((member) => b.has(member))
}
