import { describe, expect, it } from 'vitest'
import { companyHistory } from '@/domain/companies/company-history'
import { at, completedRecord, draftRecord, sampleResult } from '../assessment/fixtures'
import type { AssessmentResult } from '@/domain/shapes/result'

function result(overall: number, breitband: number, questionnaire = 'reifegrad-ni@1.0.0'): AssessmentResult {
  const base = sampleResult(questionnaire)
  return {
    ...base,
    overall: { ...base.overall, score: overall },
    dimensions: [{ ...base.dimensions[0]!, dimension: 'breitband', score: breitband }],
  }
}

describe('companyHistory', () => {
  it('numbers completed checks T0, T1, … by completion time and leaves drafts out', () => {
    const history = companyHistory([
      completedRecord({ id: 'late', completedAt: at(300), updatedAt: at(300), result: result(70, 60) }),
      draftRecord({ id: 'draft' }),
      completedRecord({ id: 'early', completedAt: at(100), updatedAt: at(900), result: result(50, 40) }),
    ])
    expect(history.map((point) => [point.label, point.assessmentId])).toEqual([
      ['T0', 'early'],
      ['T1', 'late'],
    ])
  })

  it('gives each point the change per dimension and overall since the previous check of the same questionnaire', () => {
    const [first, second] = companyHistory([
      completedRecord({ id: 'a', completedAt: at(100), result: result(50, 40) }),
      completedRecord({ id: 'b', completedAt: at(200), result: result(62.5, 35) }),
    ])
    expect(first!.comparedWith).toBeNull()
    expect(first!.overall).toEqual({ before: null, after: 50, delta: null })
    expect(second!.comparedWith).toBe('T0')
    expect(second!.overall).toEqual({ before: 50, after: 62.5, delta: 12.5 })
    expect(second!.dimensions.breitband).toMatchObject({ before: 40, after: 35, delta: -5 })
    // A dimension neither check scored has no score and no change.
    expect(second!.dimensions.bildung).toMatchObject({ after: null, delta: null })
  })

  it('compares across another questionnaire with the last check of the same one, not with the one in between', () => {
    const history = companyHistory([
      completedRecord({ id: 'a', completedAt: at(100), result: result(50, 40) }),
      completedRecord({ id: 'quick', questionnaireId: 'schnell', completedAt: at(200), result: result(90, 90, 'schnell@1.0.0') }),
      completedRecord({ id: 'c', completedAt: at(300), result: result(55, 45) }),
    ])
    expect(history.map((point) => point.comparedWith)).toEqual([null, null, 'T0'])
    expect(history[1]!.overall.delta).toBeNull()
    expect(history[2]!.overall).toEqual({ before: 50, after: 55, delta: 5 })
  })
})
