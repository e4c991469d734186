import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { buildSubmissionPayload } from '@/domain/submission/payload'
import { createAssessment } from '@/domain/assessment/new-assessment'
import type { AssessmentRecord } from '@/domain/assessment/types'
import type { AssessmentResult } from '@/domain/scoring/types'
import { DIMENSION_IDS } from '@/domain/questionnaire/dimension-ids'

const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(readFileSync('questionnaires/schema/submission-payload.v1.schema.json', 'utf8')),
)
const KEY = '6f1c2b9e-3d4a-4f5b-9c1d-2e3f4a5b6c7d'

function summary(score: number | null) {
  return { score, level: score === null ? null : (Math.min(5, Math.floor(score / 20) + 1) as 1 | 2 | 3 | 4 | 5), completeness: 1, answered: 3, notApplicable: 0, visible: 3 }
}

function completed(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const result: AssessmentResult = {
    engineVersion: '1.0.0',
    questionnaire: 'digitalisierungsgrad-check@1.0.0',
    overall: summary(41.46),
    dimensions: DIMENSION_IDS.map((dimension, index) => ({ dimension, ...summary(index === 6 ? null : 10.5 + index * 10) })),
    topics: [],
  }
  return {
    ...createAssessment({
      id: 'a1', now: '2026-11-21T14:03:22.123Z', questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '1.0.0',
      profile: { state: 'DE-BY', district: 'Landkreis Rosenheim', sector: 'hw-elektro-metall', employees: '10-49', headcount: 12, turnover: 'le2m', apprentices: true, role: 'owner' },
    }),
    status: 'completed',
    completedAt: '2026-11-21T14:03:22.123Z',
    result,
    ...overrides,
  }
}

describe('anonymous payload v1', () => {
  it('has coarse classes, the month, rounded scores and levels, and nothing else', () => {
    const built = buildSubmissionPayload(completed(), { key: KEY, includeDistrict: false })
    if (!built.ok) throw new Error(built.problem)
    expect(built.payload).toEqual({
      payloadVersion: 1,
      key: KEY,
      questionnaire: 'digitalisierungsgrad-check@1.0.0',
      month: '2026-11',
      state: 'DE-BY',
      sector: 'hw-elektro-metall',
      employees: '10-49',
      overall: { score: 41, level: 3 },
      dimensions: DIMENSION_IDS.slice(0, 6).map((dimension, index) => ({
        dimension,
        score: Math.round(10.5 + index * 10),
        level: Math.min(5, Math.floor((10.5 + index * 10) / 20) + 1),
      })),
    })
    expect(validate(built.payload), JSON.stringify(validate.errors)).toBe(true)
  })

  it('sends the district only when chosen', () => {
    const without = buildSubmissionPayload(completed(), { key: KEY, includeDistrict: false })
    const withDistrict = buildSubmissionPayload(completed(), { key: KEY, includeDistrict: true })
    expect(without.ok && 'district' in without.payload).toBe(false)
    expect(withDistrict.ok && withDistrict.payload.district).toBe('Landkreis Rosenheim')
    expect(withDistrict.ok && validate(withDistrict.payload)).toBe(true)
  })

  it('refuses drafts and incomplete profiles', () => {
    expect(buildSubmissionPayload({ ...completed(), status: 'draft' }, { key: KEY, includeDistrict: false })).toEqual({ ok: false, problem: 'not-completed' })
    expect(buildSubmissionPayload(completed({ profile: { state: 'DE-BY' } }), { key: KEY, includeDistrict: false })).toEqual({ ok: false, problem: 'profile-incomplete' })
  })

  it('property: no profile text, note or answer text ever appears in the payload', () => {
    // Marked strings that cannot occur in codes, keys or numbers of a payload.
    const secret = (label: string) => fc.string({ minLength: 1, maxLength: 40 }).map((text) => `§${label}:${text}§`)
    fc.assert(
      fc.property(secret('district'), secret('note'), secret('answer'), secret('company'), fc.boolean(), (district, note, answerText, companyId, includeDistrict) => {
        const record = completed({
          id: 'check-7f3e2a',
          companyId,
          profile: { ...completed().profile, district },
          notes: { 'rg-backup': note },
          answers: { 'um-next-wish': answerText, 'rg-backup': 'none' },
          followUps: ['rg-backup'],
        })
        const built = buildSubmissionPayload(record, { key: KEY, includeDistrict })
        if (!built.ok || !validate(built.payload)) return false
        // The district is the one free text the user may choose to send; everything else must stay out.
        const { district: sentDistrict, ...rest } = built.payload
        if (includeDistrict !== (sentDistrict === district.trim().slice(0, 80))) return false
        const json = JSON.stringify(rest)
        const leaks = ['§', record.id, 'rg-backup', 'um-next-wish', '14:03', 'le2m', 'owner', '"headcount"', 'apprentices']
        return leaks.every((text) => !json.includes(text))
      }),
      { numRuns: 300 },
    )
  })
})
