import { describe, expect, it } from 'vitest'
import { compareResults } from '@/domain/scoring/compare'
import { fittingCell, positionInCell } from '@/domain/lagebild/position'
import type { LagebildCell, LagebildSnapshot } from '@/domain/lagebild/snapshot'
import type { AssessmentResult, ScoreSummary } from '@/domain/shapes/result'

const summary = (score: number | null): ScoreSummary => ({
  score, level: null, completeness: 1, answered: 1, notApplicable: 0, visible: 1,
})
const result = (ref: string, overall: number | null, reifegrad: number | null, breitband: number | null): AssessmentResult => ({
  engineVersion: '1.0.0',
  questionnaire: ref,
  overall: summary(overall),
  dimensions: [
    { dimension: 'reifegrad', ...summary(reifegrad) },
    { dimension: 'breitband', ...summary(breitband) },
  ],
  topics: [],
})

describe('compareResults', () => {
  it('reports per-dimension and overall deltas, null-safe', () => {
    const comparison = compareResults(result('q@1.0.0', 40.1, 30.2, null), result('q@1.0.0', 50.3, 40.3, 60))
    expect(comparison).toEqual({
      ok: true,
      questionnaireId: 'q',
      versionChanged: false,
      overall: { before: 40.1, after: 50.3, delta: 10.2 },
      dimensions: [
        { dimension: 'reifegrad', before: 30.2, after: 40.3, delta: 10.1 },
        { dimension: 'breitband', before: null, after: 60, delta: null },
      ],
    })
  })

  it('flags a version change of the same questionnaire', () => {
    const comparison = compareResults(result('q@1.0.0', 40, 40, 40), result('q@1.1.0', 30, 30, 30))
    expect(comparison).toMatchObject({ ok: true, versionChanged: true, overall: { delta: -10 } })
  })

  it('refuses to compare different questionnaires', () => {
    expect(compareResults(result('a@1.0.0', 1, 1, 1), result('b@1.0.0', 1, 1, 1))).toEqual({
      ok: false, reason: 'different-questionnaire', before: 'a@1.0.0', after: 'b@1.0.0',
    })
  })
})

// The regional benchmark (own minus the group's mean) was replaced by the business's position in its
// published group of the Lagebild: its quartiles, and the finest group it belongs to.
describe('the regional position (Lagebild)', () => {
  const own = result('q@1.0.0', 55, 40, null)
  const figures = (q1: number, median: number, q3: number) => ({ n: 12, mean: median, median, q1, q3, levels: [10, 20, 40, 20, 10] })
  const cell = (breakdown: LagebildCell['breakdown'], group: LagebildCell['group'], period = 'all'): LagebildCell => ({
    breakdown, group, period, n: 12,
    overall: figures(40, 50, 60),
    dimensions: { reifegrad: figures(42, 45.5, 50), breitband: figures(60, 70, 80) },
  })
  const snapshot = (cells: LagebildCell[]): LagebildSnapshot => ({
    snapshot: { id: 1, publishedAt: '2026-11-29T00:00:00.000Z', minGroupSize: 10 },
    questionnaire: 'q@1.0.0',
    cells,
  })

  it('places the own scores beside the group by quartiles, overall first, with no group figures where the group has none', () => {
    expect(positionInCell(own, cell('state', { state: 'DE-NI' }))).toEqual([
      { dimension: null, own: 55, group: figures(40, 50, 60), placement: 'middle' },
      { dimension: 'reifegrad', own: 40, group: figures(42, 45.5, 50), placement: 'below' },
      { dimension: 'breitband', own: null, group: figures(60, 70, 80), placement: null },
    ])
    const strong = result('q@1.0.0', 61, 51, 81)
    expect(positionInCell(strong, cell('state', { state: 'DE-NI' })).map((row) => row.placement)).toEqual(['above', 'above', 'above'])
  })

  it('compares with the finest published group of all time the business belongs to, and with none when there is none', () => {
    const profile = { state: 'DE-NI', district: '03241', sector: 'hw-holz', employees: '10-49' } as const
    const cells = [
      cell('national', {}),
      cell('state', { state: 'DE-NI' }),
      cell('state-size', { state: 'DE-NI', employees: '10-49' }),
      cell('state-sector', { state: 'DE-NI', sectorGroup: 'handwerk-produktion' }),
      cell('district', { state: 'DE-NI', district: '03241' }, '2026-Q4'),
    ]
    // The district's figures exist for one quarter only: the finest all-time group is state and sector group.
    expect(fittingCell(snapshot(cells), profile)?.breakdown).toBe('state-sector')
    expect(fittingCell(snapshot([...cells, cell('district', { state: 'DE-NI', district: '03241' })]), profile)?.breakdown).toBe('district')
    expect(fittingCell(snapshot(cells), { ...profile, state: 'DE-BY', district: undefined })?.breakdown).toBe('national')
    expect(fittingCell(snapshot(cells.slice(1)), { ...profile, state: 'DE-BY', district: undefined })).toBeNull()
  })
})
