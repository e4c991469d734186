import { describe, expect, it } from 'vitest'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { ASSESSMENT_VERSION, assessmentShape } from '@/domain/shapes/assessment'

describe('createAssessment', () => {
  const now = '2025-03-01T10:00:00.000Z'

  it('makes an empty draft from the given id and time', () => {
    const record = createAssessment({ id: 'a-9', now, questionnaireId: 'q', questionnaireVersion: '2.1.0' })
    expect(record).toEqual({
      schemaVersion: 2,
      id: 'a-9',
      questionnaireId: 'q',
      questionnaireVersion: '2.1.0',
      companyId: null,
      profile: {},
      answers: {},
      notes: {},
      followUps: [],
      targets: {},
      status: 'draft',
      currentStep: 0,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
      result: null,
    })
  })

  it('keeps the company and copies the profile instead of sharing it', () => {
    const profile = { state: 'DE-BY' as const }
    const record = createAssessment({ id: 'a', now, questionnaireId: 'q', questionnaireVersion: '1.0.0', companyId: 'c', profile })
    expect(record.companyId).toBe('c')
    expect(record.profile).toEqual(profile)
    expect(record.profile).not.toBe(profile)
  })

  it('is a valid stored record of the current version', () => {
    const record = createAssessment({ id: 'a', now, questionnaireId: 'q', questionnaireVersion: '1.0.0' })
    expect(record.schemaVersion).toBe(ASSESSMENT_VERSION)
    expect(assessmentShape.current).toBe(ASSESSMENT_VERSION)
    expect(assessmentShape.parse(record)).toEqual({ ok: true, value: record })
  })
})
