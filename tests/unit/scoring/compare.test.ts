import { describe, expect, it } from 'vitest'
import { compareResults, compareWithBenchmark } from '@/domain/scoring/compare'
import type { AssessmentResult, ScoreSummary } from '@/domain/scoring/types'

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

describe('compareWithBenchmark', () => {
  const own = result('q@1.0.0', 55, 40, null)
  const benchmark = { groupSize: 12, overall: 50, dimensions: { reifegrad: 45.5, breitband: 70 } }

  it('reports own minus group with the group size', () => {
    expect(compareWithBenchmark(own, benchmark)).toEqual({
      groupSize: 12,
      overall: { own: 55, group: 50, difference: 5 },
      dimensions: [
        { dimension: 'reifegrad', own: 40, group: 45.5, difference: -5.5 },
        { dimension: 'breitband', own: null, group: 70, difference: null },
      ],
    })
  })

  it('returns null for a group below the minimum size', () => {
    expect(compareWithBenchmark(own, { ...benchmark, groupSize: 9 })).toBeNull()
    expect(compareWithBenchmark(own, { ...benchmark, groupSize: 10 })).not.toBeNull()
    expect(compareWithBenchmark(own, { ...benchmark, groupSize: 12 }, 20)).toBeNull()
  })
})
