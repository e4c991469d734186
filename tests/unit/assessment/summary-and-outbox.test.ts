import { describe, expect, it } from 'vitest'
import { parseAssessmentSummary, toSummary } from '@/domain/assessment/assessment-summary'
import { parseOutboxEntry } from '@/domain/assessment/outbox-validation'
import { completedRecord, draftRecord, outboxEntry } from './fixtures'

describe('toSummary', () => {
  it('keeps the list fields of a draft and no answers', () => {
    const summary = toSummary(draftRecord({ companyId: 'c-1' }))
    expect(summary).toEqual({
      id: 'a-1',
      questionnaireId: 'reifegrad-ni',
      questionnaireVersion: '1.0.0',
      companyId: 'c-1',
      status: 'draft',
      createdAt: '2025-01-15T09:00:00.000Z',
      updatedAt: '2025-01-15T09:00:00.000Z',
      completedAt: null,
      overallScore: null,
      overallLevel: null,
    })
  })

  it('takes score and level of a completed check from its frozen result', () => {
    const summary = toSummary(completedRecord())
    expect(summary).toMatchObject({ status: 'completed', overallScore: 62.5, overallLevel: 4, completedAt: '2025-01-15T09:30:00.000Z' })
    expect(parseAssessmentSummary(summary)).toEqual(summary)
  })

  it('rejects a damaged summary', () => {
    expect(parseAssessmentSummary({ ...toSummary(draftRecord()), overallLevel: 9 })).toBeNull()
  })
})

describe('parseOutboxEntry', () => {
  it('returns an equal copy and drops unsafe keys inside the payload', () => {
    const entry = outboxEntry({ payload: JSON.parse('{"month":"2025-01","__proto__":{"polluted":true}}') })
    const parsed = parseOutboxEntry(entry)
    expect(parsed).toEqual({ ...entry, payload: { month: '2025-01' } })
    expect(Object.keys(parsed?.payload as object)).toEqual(['month'])
  })

  it.each([
    ['an unknown status', { status: 'queued' }],
    ['a payload that is no JSON', { payload: { when: new Date(0) } }],
    ['a missing payload', { payload: undefined }],
    ['negative attempts', { attempts: -1 }],
  ])('returns null for %s', (_name, overrides) => {
    expect(parseOutboxEntry({ ...outboxEntry(), ...overrides })).toBeNull()
  })
})
