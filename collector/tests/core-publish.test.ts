import { describe, expect, it } from 'vitest'
import { publishQuestionnaire } from '../src/core/publish.ts'
import { applyPublication, findCell, makeRow, makeRows } from './support/rows.ts'

const NOW = new Date('2026-11-29T12:00:00Z')

describe('published cells', () => {
  it('have the agreed shape: breakdown, group, period, n, overall, dimensions, context, plan', () => {
    const rows = makeRows(12, { context: { 'bb-available-at-address': 'fibre' }, plan: { reifegrad: { planned: 4, done: 1 } } })
    const cell = findCell(publishQuestionnaire({ rows, previousCells: [], now: NOW }).cells, 'state-sector', { state: 'DE-NI', sectorGroup: 'handwerk-bau' })
    expect(cell).toEqual({
      breakdown: 'state-sector',
      group: { state: 'DE-NI', sectorGroup: 'handwerk-bau' },
      period: 'all',
      n: 12,
      overall: { mean: 50, median: 50, q1: 50, q3: 50, levels: [0, 0, 100, 0, 0] },
      dimensions: {
        bildung: { n: 12, mean: 40, median: 40, q1: 40, q3: 40, levels: [0, 100, 0, 0, 0] },
        reifegrad: { n: 12, mean: 60, median: 60, q1: 60, q3: 60, levels: [0, 0, 100, 0, 0] },
      },
      context: { 'bb-available-at-address': { fibre: 100 } },
      plan: { reifegrad: { planned: 48, done: 12 } },
    })
  })

  it('publish every breakdown of the fixed set, and quarters for national and state', () => {
    const rows = makeRows(10, { district: '03241', campaign: 'hwk-hannover-2027' })
    const cells = publishQuestionnaire({ rows, previousCells: [], now: NOW }).cells
    expect(cells.map((cell) => `${cell.breakdown} ${cell.period}`)).toEqual([
      'national all', 'national 2026-Q4', 'state all', 'state 2026-Q4', 'sector all', 'size all', 'state-sector all', 'state-size all', 'district all', 'campaign all',
    ])
  })

  it('never publish a group without a value (no district, no campaign)', () => {
    const cells = publishQuestionnaire({ rows: makeRows(10), previousCells: [], now: NOW }).cells
    expect(cells.some((cell) => Object.values(cell.group).includes('~'))).toBe(false)
    expect(findCell(cells, 'district', { state: 'DE-NI', district: '~' })).toBeUndefined()
  })

  it('publish only context answers that at least 10 published submissions gave', () => {
    const rows = [
      ...makeRows(10, { context: { 'bb-available-at-address': 'fibre', 'school-nearby': 'yes' } }),
      makeRow({ context: { 'bb-available-at-address': 'mueller-und-soehne-hannover' } }),
      ...makeRows(9, { context: { 'school-nearby': 'no' } }),
    ]
    const national = findCell(publishQuestionnaire({ rows, previousCells: [], now: NOW }).cells, 'national')!
    expect(national.n).toBe(20)
    expect(national.context).toEqual({ 'bb-available-at-address': { fibre: 50 }, 'school-nearby': { yes: 50 } })
  })

  it('republish unchanged figures as they were, with their count, while changed groups move on', () => {
    let rows = [...makeRows(10), ...makeRows(10, { sectorGroup: 'handel' })]
    const first = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    rows = [...applyPublication(rows, first), ...makeRows(10, { sectorGroup: 'handel', overall: { score: 90, level: 5 } })]
    // Mark the previously published figures: an unchanged group must repeat them, not recompute.
    const bau = { state: 'DE-NI', sectorGroup: 'handwerk-bau' }
    const marked = first.cells.map((cell) => (cell === findCell(first.cells, 'state-sector', bau) ? { ...cell, overall: { ...cell.overall, mean: 77 } } : cell))
    const second = publishQuestionnaire({ rows, previousCells: marked, now: NOW })
    expect(findCell(second.cells, 'state-sector', bau)).toEqual(findCell(marked, 'state-sector', bau))
    expect(findCell(second.cells, 'state-sector', { state: 'DE-NI', sectorGroup: 'handel' })).toMatchObject({ n: 20, overall: { mean: 70 } })
    expect(findCell(second.cells, 'national')?.n).toBe(30)
    expect(second.changed).toBe(true)
  })

  it('report nothing changed when nothing entered or left', () => {
    const rows = makeRows(12)
    const first = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    const again = publishQuestionnaire({ rows: [...applyPublication(rows, first), ...makeRows(3)], previousCells: first.cells, now: NOW })
    expect(again.changed).toBe(false)
    expect(again.cells).toEqual(first.cells)
    expect(again.waiting).toBe(3)
  })
})
