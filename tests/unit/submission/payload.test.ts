import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { buildSubmissionPayload } from '@/domain/submission/payload'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { AssessmentResult } from '@/domain/shapes/result'
import { DIMENSION_IDS } from '@/domain/indicator-fields'
import { SECTOR_CODES } from '@/domain/shapes/profile'
import { sectorGroupOf } from '@/domain/shapes/profile/sector-groups'
import { parsePayload, payloadSchema } from '@/domain/shapes/submission-payload'
import { parse } from '@/domain/schema/kit'

const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(readFileSync('questionnaires/schema/submission-payload.v2.schema.json', 'utf8')),
)
const loaded = loadQuestionnaire(JSON.parse(readFileSync('questionnaires/digitalisierungsgrad-check/2.0.0.json', 'utf8')))
if (!loaded.ok) throw new Error('the flagship must load')
const questionnaire = loaded.questionnaire
const KEY = '6f1c2b9e-3d4a-4f5b-9c1d-2e3f4a5b6c7d'

function summary(score: number | null) {
  return { score, level: score === null ? null : (Math.min(5, Math.floor(score / 20) + 1) as 1 | 2 | 3 | 4 | 5), completeness: 1, answered: 3, notApplicable: 0, visible: 3 }
}

function completed(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const result: AssessmentResult = {
    engineVersion: '2.0.0',
    questionnaire: 'digitalisierungsgrad-check@2.0.0',
    overall: summary(41.46),
    dimensions: DIMENSION_IDS.map((dimension, index) => ({ dimension, ...summary(index === 6 ? null : 10.5 + index * 10) })),
    topics: [],
  }
  return {
    ...createAssessment({
      id: 'a1', now: '2026-11-21T14:03:22.123Z', questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '2.0.0',
      profile: { state: 'DE-BY', district: '09187', sector: 'hw-kfz', employees: '10-49', headcount: 12, fte: 10.5, turnover: 'le2m', tradeTax: 'liable', apprentices: false, role: 'owner' },
    }),
    status: 'completed',
    completedAt: '2026-11-21T14:03:22.123Z',
    // Surroundings: two shown context questions (single choice), one not shown (only for businesses that train), one N/A.
    answers: { 'bb-fibre-status': 'planned', 'bb-download-band': 'from-100', 'bl-school-digital': 'poor', 'bb-mobile-coverage': { na: true } },
    result,
    ...overrides,
  }
}

const build = (record: AssessmentRecord, options: Partial<Parameters<typeof buildSubmissionPayload>[2]> = {}) =>
  buildSubmissionPayload(record, questionnaire, { key: KEY, includeDistrict: false, ...options })

describe('anonymous payload v2', () => {
  it('has coarse classes, the month, rounded scores and levels, the surroundings as codes, and nothing else', () => {
    const built = build(completed())
    if (!built.ok) throw new Error(built.problem)
    expect(built.payload).toEqual({
      payloadVersion: 2,
      key: KEY,
      questionnaire: 'digitalisierungsgrad-check@2.0.0',
      month: '2026-11',
      state: 'DE-BY',
      sectorGroup: 'handwerk-produktion',
      employees: '10-49',
      overall: { score: 41, level: 3 },
      dimensions: DIMENSION_IDS.slice(0, 6).map((dimension, index) => ({
        dimension,
        score: Math.round(10.5 + index * 10),
        level: Math.min(5, Math.floor((10.5 + index * 10) / 20) + 1),
      })),
      context: [
        { question: 'bb-fibre-status', answer: 'planned' },
        { question: 'bb-download-band', answer: 'from-100' },
      ],
    })
    expect(validate(built.payload), JSON.stringify(validate.errors)).toBe(true)
    expect(parsePayload(built.payload)).toEqual({ ok: true, value: built.payload })
  })

  it('sends the district code only when chosen', () => {
    const without = build(completed())
    const withDistrict = build(completed(), { includeDistrict: true })
    expect(without.ok && 'district' in without.payload).toBe(false)
    expect(withDistrict.ok && withDistrict.payload.district).toBe('09187')
    expect(withDistrict.ok && validate(withDistrict.payload)).toBe(true)
  })

  it('sends a survey wave code as written on the letter, and refuses one that is no code', () => {
    const built = build(completed(), { campaign: '  HWK-Hannover-2027 ' })
    expect(built.ok && built.payload.campaign).toBe('hwk-hannover-2027')
    expect(build(completed(), { campaign: 'Kammer Hannover!' })).toEqual({ ok: false, problem: 'invalid-campaign' })
    expect(build(completed(), { campaign: '   ' }).ok && 'campaign').toBe('campaign')
  })

  it('sends the plan as counts per field only, leaving out fields without planned steps', () => {
    const built = build(completed(), {
      plan: [
        { dimension: 'reifegrad', planned: 4, done: 2 },
        { dimension: 'bildung', planned: 0, done: 0 },
        { dimension: 'umsetzung', planned: 3, done: 7 },
      ],
    })
    expect(built.ok && built.payload.plan).toEqual([
      { dimension: 'reifegrad', planned: 4, done: 2 },
      { dimension: 'umsetzung', planned: 3, done: 3 },
    ])
    expect(built.ok && validate(built.payload)).toBe(true)
  })

  it('refuses drafts and incomplete profiles', () => {
    expect(build({ ...completed(), status: 'draft' })).toEqual({ ok: false, problem: 'not-completed' })
    expect(build(completed({ profile: { state: 'DE-BY' } }))).toEqual({ ok: false, problem: 'profile-incomplete' })
  })

  it('builds a payload its own schema accepts for every sector of the current profile, naming only the sector group', () => {
    for (const sector of SECTOR_CODES) {
      const built = build(completed({ profile: { ...completed().profile, sector } }), { includeDistrict: true })
      expect(built.ok && validate(built.payload), `${sector}: ${JSON.stringify(validate.errors)}`).toBe(true)
      expect(built.ok && parse(payloadSchema, built.payload).ok, sector).toBe(true)
      expect(built.ok && built.payload.sectorGroup).toBe(sectorGroupOf(sector))
      if (sectorGroupOf(sector) !== sector) expect(JSON.stringify(built.ok && built.payload)).not.toContain(`"${sector}"`)
    }
  })

  it('property: no profile text, note or free answer ever appears in the payload', () => {
    // Marked strings that cannot occur in codes, keys or numbers of a payload.
    const secret = (label: string) => fc.string({ minLength: 1, maxLength: 40 }).map((text) => `§${label}:${text}§`)
    const bavarianDistrict = fc.constantFrom('09162', '09187', '09761')
    fc.assert(
      fc.property(bavarianDistrict, secret('district-name'), secret('note'), secret('answer'), secret('company'), fc.boolean(), (district, districtName, note, answerText, companyId, includeDistrict) => {
        const record = completed({
          id: 'check-7f3e2a',
          companyId,
          // A district name is what a version 1 profile held as free text: it is never sent.
          profile: { ...completed().profile, district, districtName },
          notes: { 'bb-fibre-status': note },
          // Answers of questions not shown (here: only for businesses that train) and of the business's own practice stay on the device.
          answers: { ...completed().answers, 'bl-school-tech': answerText, 'bi-apprentice-digital': answerText, 'be-advice': 'never' },
          followUps: ['bb-fibre-status'],
        })
        const built = build(record, { includeDistrict })
        if (!built.ok || !validate(built.payload)) return false
        // The district code is the one finer place the user may choose to send; everything else must stay out.
        const { district: sentDistrict, ...rest } = built.payload
        if (includeDistrict !== (sentDistrict === district)) return false
        const json = JSON.stringify(built.payload)
        const leaks = ['§', record.id, 'be-advice', '"never"', 'bl-school', 'bi-apprentice', '14:03', 'le2m', 'owner', '"headcount"', 'apprentices', '"fte"', 'liable', 'hw-kfz']
        return leaks.every((text) => !json.includes(text)) && !JSON.stringify(rest).includes(district)
      }),
      { numRuns: 300 },
    )
  })

  it('sends as surroundings only option ids of the questions, and leaves any other stored value out', () => {
    const stale = build(completed({ answers: { ...completed().answers, 'bb-mobile-coverage': 'Nur im Hof' } }))
    expect(stale.ok && stale.payload.context).toEqual([
      { question: 'bb-fibre-status', answer: 'planned' },
      { question: 'bb-download-band', answer: 'from-100' },
    ])
    const unknown = build(completed({ answers: { ...completed().answers, 'bb-mobile-coverage': 'im-hof' } }))
    expect(unknown.ok && unknown.payload.context?.map((entry) => entry.question)).toEqual(['bb-fibre-status', 'bb-download-band'])
  })
})
