import { describe, expect, it } from 'vitest'
import { publishQuestionnaire } from '../src/core/publish.ts'
import { ATTRIBUTE_BITS } from '../src/core/breakdowns.ts'
import { DEFAULT_RULES, measureBit } from '../src/core/types.ts'
import { applyPublication, findCell, makeRows } from './support/rows.ts'

const NOW = new Date('2026-11-29T12:00:00Z')
const overall = measureBit('overall')

describe('release: submissions enter the figures in steps of at least 10', () => {
  it('publishes nothing for 9 submissions, and all 10 once the tenth arrives', () => {
    let rows = makeRows(9)
    const first = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    expect(first.cells).toEqual([])
    expect(first.waiting).toBe(9)
    rows = [...applyPublication(rows, first), ...makeRows(1)]
    const second = publishQuestionnaire({ rows, previousCells: first.cells, now: NOW })
    expect(findCell(second.cells, 'national')?.n).toBe(10)
    expect(second.rowUpdates).toHaveLength(10)
    expect(second.rowUpdates.every((update) => update.releasedMask & overall)).toBe(true)
  })

  it('keeps a submission waiting while any of its groups has fewer than 10 waiting, even if its state has enough', () => {
    const rows = [...makeRows(12), ...makeRows(1, { sectorGroup: 'handel' })]
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    expect(findCell(output.cells, 'national')?.n).toBe(12)
    expect(output.waiting).toBe(1)
    expect(output.rowUpdates.map((update) => update.key)).not.toContain(rows[12]!.key)
  })

  it('after waiting long enough publishes a submission without the attribute that keeps it waiting', () => {
    const rules = { ...DEFAULT_RULES, maxWaitMonths: 1 }
    const rows = [...makeRows(11, { district: '03241' }), ...makeRows(10), ...makeRows(3, { district: '03251', receivedMonth: '2026-10', month: '2026-10' })]
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW, rules })
    expect(findCell(output.cells, 'national')?.n).toBe(24)
    expect(findCell(output.cells, 'district', { state: 'DE-NI', district: '03241' })?.n).toBe(11)
    expect(findCell(output.cells, 'district', { state: 'DE-NI', district: '03251' })).toBeUndefined()
    const late = output.rowUpdates.filter((update) => rows.slice(21).some((row) => row.key === update.key))
    expect(late).toHaveLength(3)
    for (const update of late) expect(update.coarseMask).toBe(ATTRIBUTE_BITS.district)
    // Not yet waited long enough: the three stay out, so the 03251 group never shows 3.
    const patient = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    expect(findCell(patient.cells, 'national')?.n).toBe(21)
  })

  it('keeps waiting when even the coarser group would change by fewer than 10', () => {
    // Three late ones from a closed quarter: "no quarter" would grow by 3, so they wait.
    const rows = [...makeRows(11), ...makeRows(3, { receivedMonth: '2026-07', month: '2026-07' })]
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    expect(findCell(output.cells, 'national')?.n).toBe(11)
    expect(output.waiting).toBe(3)
  })

  it('publishes a late submission with its past quarter if nine others of that quarter come along, else without it', () => {
    const rows = [...makeRows(10, { month: '2026-08' }), ...makeRows(3, { month: '2026-05' }), ...makeRows(10)]
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    expect(findCell(output.cells, 'national')?.n).toBe(20)
    expect(findCell(output.cells, 'national', {}, '2026-Q3')?.n).toBe(10)
    expect(findCell(output.cells, 'national', {}, '2026-Q4')?.n).toBe(10)
    expect(findCell(output.cells, 'national', {}, '2026-Q2')).toBeUndefined()
    // The three of Q2 wait without their quarter for seven more (not yet overdue).
    expect(output.waiting).toBe(3)
  })

  it('releases a field on its own count: a field only 3 submissions have stays out until 10 have it', () => {
    const rows = [...makeRows(12, { dimensions: {} }), ...makeRows(3, { dimensions: { fachkraefte: { score: 70, level: 4 } } })]
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW })
    const national = findCell(output.cells, 'national')!
    expect(national.n).toBe(15)
    expect(national.dimensions.fachkraefte).toBeUndefined()
  })
})

describe('retention', () => {
  const published = (rows: ReturnType<typeof makeRows>) => applyPublication(rows, publishQuestionnaire({ rows, previousCells: [], now: NOW }))

  it('deletes old submissions when at least 10 leave every group and 10 or none stay', () => {
    const rows = published([...makeRows(10, { receivedMonth: '2023-01', month: '2023-01' }), ...makeRows(10)])
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW, retainFromMonth: '2024-01' })
    expect(output.deletedKeys).toHaveLength(10)
    expect(findCell(output.cells, 'national')?.n).toBe(10)
  })

  it('holds back old submissions whose leaving would change a group by fewer than 10', () => {
    const rows = published([...makeRows(10, { receivedMonth: '2023-01', month: '2023-01' }), ...makeRows(20)])
    // Three of this quarter's twenty are due too (an odd clock): leaving, they would shrink 2026-Q4 by 3.
    const due = rows.map((row, index) => (index >= 10 && index < 13 ? { ...row, receivedMonth: '2023-02' } : row))
    const output = publishQuestionnaire({ rows: due, previousCells: [], now: NOW, retainFromMonth: '2024-01' })
    expect(output.deletedKeys).toEqual(rows.slice(0, 10).map((row) => row.key))
    expect(output.heldBack).toBe(3)
    expect(findCell(output.cells, 'national', {}, '2026-Q4')?.n).toBe(20)
  })

  it('deletes due submissions that never entered the figures at once', () => {
    const rows = makeRows(3, { receivedMonth: '2023-01', month: '2023-01' })
    const output = publishQuestionnaire({ rows, previousCells: [], now: NOW, retainFromMonth: '2024-01' })
    expect(output.deletedKeys).toHaveLength(3)
  })
})
