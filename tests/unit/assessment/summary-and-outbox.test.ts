import { describe, expect, it } from 'vitest'
import { parseAssessmentSummary, toSummary } from '@/domain/assessment/assessment-summary'
import { outboxEntryShape } from '@/domain/shapes/outbox-entry'
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

const parseOutboxEntry = (value: unknown) => outboxEntryShape.read(value)

describe('outboxEntryShape.read', () => {
  it('returns an equal copy and drops unsafe keys inside the payload', () => {
    const entry = outboxEntry({ payload: JSON.parse('{"month":"2025-01","__proto__":{"polluted":true}}') })
    const parsed = parseOutboxEntry(entry)
    expect(parsed).toEqual({ ...entry, payload: { month: '2025-01' } })
    expect(Object.keys(parsed?.payload as object)).toEqual(['month'])
  })

  it('reads an entry written without a version field as version 1, and refuses a newer one', () => {
    const entry = outboxEntry()
    expect(entry).not.toHaveProperty('schemaVersion')
    expect(parseOutboxEntry(entry)).toEqual(entry)
    expect(outboxEntryShape.parse({ ...entry, schemaVersion: 2 })).toEqual({
      ok: false,
      issues: [{ path: '$.schemaVersion', code: 'newer-version', params: { found: 2, supported: 1 } }],
    })
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
