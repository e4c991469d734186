import { describe, expect, it } from 'vitest'
import { assessmentShape } from '@/domain/shapes/assessment'
import { companyShape } from '@/domain/shapes/company'
import { companyRecord, completedRecord, draftRecord } from './fixtures'

/** What a hostile or damaged file would give: JSON text parsed, with `__proto__` as an own key. */
function fromJson(value: unknown, extra: string): unknown {
  const json = JSON.stringify(value)
  return JSON.parse(`${json.slice(0, -1)},${extra}}`)
}

/** Reading a stored record: lenient about unknown keys, null when invalid. */
const readAssessment = (value: unknown) => assessmentShape.read(value)
const readCompany = (value: unknown) => companyShape.read(value)

describe('assessmentShape.read (stored checks)', () => {
  it('returns an equal copy of a valid draft and of a valid completed check', () => {
    for (const record of [draftRecord(), completedRecord()]) {
      const parsed = readAssessment(structuredClone(record))
      expect(parsed).toEqual(record)
      expect(parsed).not.toBe(record)
    }
  })

  it('drops unknown keys everywhere', () => {
    const record = draftRecord()
    const withExtras = {
      ...completedRecord(),
      extra: 1,
      profile: { ...record.profile, secret: 'x' },
      targets: { breitband: 3, nonsense: 9 },
      answers: { q1: 'a', q6: { na: true, why: 'x' } },
      result: { ...completedRecord().result, debug: true },
    }
    const parsed = readAssessment(withExtras)
    expect(parsed).not.toBeNull()
    expect(parsed).not.toHaveProperty('extra')
    expect(parsed?.profile).not.toHaveProperty('secret')
    expect(parsed?.targets).toEqual({ breitband: 3 })
    expect(parsed?.answers).toEqual({ q1: 'a', q6: { na: true } })
    expect(parsed?.result).not.toHaveProperty('debug')
  })

  it('never lets __proto__ or constructor keys into the result', () => {
    const hostile = fromJson(draftRecord(), '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}')
    const record = hostile as { answers: Record<string, unknown>; notes: Record<string, unknown> }
    record.answers = JSON.parse('{"q1":"a","__proto__":{"polluted":true},"constructor":"x","prototype":"y"}')
    record.notes = JSON.parse('{"__proto__":"x","q1":"note"}')
    const parsed = readAssessment(hostile)
    expect(parsed).not.toBeNull()
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(parsed?.answers)).toBe(Object.prototype)
    expect(Object.keys(parsed?.answers ?? {})).toEqual(['q1'])
    expect(Object.keys(parsed?.notes ?? {})).toEqual(['q1'])
    expect(Object.keys(parsed ?? {})).not.toContain('constructor')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts every answer shape and removes duplicate option ids', () => {
    const parsed = readAssessment(draftRecord({ answers: { a: 'x', b: ['x', 'x', 'y'], c: false, d: 0, e: { na: true } } }))
    expect(parsed?.answers).toEqual({ a: 'x', b: ['x', 'y'], c: false, d: 0, e: { na: true } })
  })

  it.each([
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['na false', { na: false }],
    ['an object', { value: 1 }],
    ['numbers in a multiple choice', [1, 2]],
    ['nested arrays', [['x']]],
    ['a date', new Date(0)],
  ])('rejects an answer that is %s', (_name, answer) => {
    expect(readAssessment(draftRecord({ answers: { q1: answer as never } }))).toBeNull()
  })

  it.each([
    ['not an object', 'text'],
    ['an array', []],
    ['a newer schema version', { ...draftRecord(), schemaVersion: 3 }],
    ['an unknown schema version', { ...draftRecord(), schemaVersion: 0 }],
    ['a missing schema version', { ...draftRecord(), schemaVersion: undefined }],
    ['a missing id', { ...draftRecord(), id: undefined }],
    ['an empty id', { ...draftRecord(), id: '' }],
    ['an unknown status', { ...draftRecord(), status: 'archived' }],
    ['a negative step', { ...draftRecord(), currentStep: -1 }],
    ['an impossible date', { ...draftRecord(), createdAt: '2025-02-30T10:00:00.000Z' }],
    ['a date without time', { ...draftRecord(), createdAt: '2025-02-03' }],
    ['an unknown state', { ...draftRecord(), profile: { state: 'DE-XX' } }],
    ['a sector code of version 1 only', { ...draftRecord(), profile: { state: 'DE-NI', sector: 'hw-elektro-metall' } }],
    ['a free-text district', { ...draftRecord(), profile: { state: 'DE-NI', district: 'Landkreis Celle' } }],
    ['a district outside the state', { ...draftRecord(), profile: { state: 'DE-BY', district: '03351' } }],
    ['a number as company id', { ...draftRecord(), companyId: 5 }],
    ['a target level 6', { ...draftRecord(), targets: { breitband: 6 } }],
    ['a missing result', { ...draftRecord(), result: undefined }],
    ['a completed check without result', { ...completedRecord(), result: null }],
    ['a completed check without completion time', { ...completedRecord(), completedAt: null }],
    ['a draft with a result', { ...completedRecord(), status: 'draft' }],
    ['a malformed result', { ...completedRecord(), result: { engineVersion: '1' } }],
    ['a result with a level 7', { ...completedRecord(), result: { ...completedRecord().result, overall: { score: 1, level: 7, completeness: 1, answered: 1, notApplicable: 0, visible: 1 } } }],
  ])('returns null for %s', (_name, value) => {
    expect(readAssessment(value)).toBeNull()
  })

  it('accepts the profile fields of version 2: a Kreis code of the state, FTE and trade tax', () => {
    const profile = { state: 'DE-NI', district: '03351', sector: 'hw-holz', employees: '10-49', fte: 11.5, tradeTax: 'liable' } as const
    expect(readAssessment(draftRecord({ profile }))?.profile).toEqual(profile)
  })

  it('normalises timestamps with an offset to UTC', () => {
    const parsed = readAssessment({ ...draftRecord(), createdAt: '2025-01-15T10:00:00+01:00', updatedAt: '2025-01-15T09:00:00Z' })
    expect(parsed?.createdAt).toBe('2025-01-15T09:00:00.000Z')
    expect(parsed?.updatedAt).toBe('2025-01-15T09:00:00.000Z')
  })
})

describe('assessmentShape.parse (checks from files)', () => {
  it('names each problem by path and code', () => {
    const cases: [unknown, unknown][] = [
      [{ ...completedRecord(), result: null }, { path: '$.result', code: 'completed-needs-result' }],
      [{ ...completedRecord(), completedAt: null }, { path: '$.completedAt', code: 'completed-needs-time' }],
      [{ ...completedRecord(), status: 'draft', completedAt: null }, { path: '$.result', code: 'draft-has-result' }],
      [{ ...draftRecord(), completedAt: draftRecord().createdAt }, { path: '$.completedAt', code: 'draft-has-time' }],
      [
        { ...completedRecord(), result: { ...completedRecord().result, questionnaire: 'other@1.0.0' } },
        { path: '$.result.questionnaire', code: 'result-of-other-questionnaire', params: { found: 'other@1.0.0', expected: 'reifegrad-ni@1.0.0' } },
      ],
      [{ ...draftRecord(), profile: { state: 'DE-BY', district: '03351' } }, { path: '$.profile.district', code: 'district-outside-state', params: { district: '03351', state: 'DE-BY' } }],
      [{ ...draftRecord(), answers: { q1: { na: false } } }, { path: '$.answers.q1', code: 'answer-shape' }],
      [{ ...draftRecord(), extra: 1 }, { path: '$.extra', code: 'unknown-key', params: { key: 'extra' } }],
      [{ ...draftRecord(), schemaVersion: 3 }, { path: '$.schemaVersion', code: 'newer-version', params: { found: 3, supported: 2 } }],
    ]
    for (const [value, expected] of cases) {
      const result = assessmentShape.parse(value)
      expect(result.ok).toBe(false)
      expect(result.ok ? [] : result.issues).toContainEqual(expected)
    }
  })

  it('migrates a version 1 check: the split sector moves, a free-text district becomes its name, a Kreis code stays', () => {
    const v1 = (profile: object) => ({ ...draftRecord(), schemaVersion: 1, profile })
    const moved = assessmentShape.parse(v1({ state: 'DE-NI', district: ' Landkreis Celle ', sector: 'hw-elektro-metall', employees: '1-9' }))
    expect(moved).toEqual({
      ok: true,
      value: { ...draftRecord(), schemaVersion: 2, profile: { state: 'DE-NI', districtName: 'Landkreis Celle', sector: 'hw-metall', employees: '1-9' } },
    })
    const coded = assessmentShape.read(v1({ state: 'DE-NI', district: '03351', sector: 'hw-bau' }))
    expect(coded?.profile).toEqual({ state: 'DE-NI', district: '03351', sector: 'hw-bau' })
    // A code of another state is not trusted as a code: it is kept as the name.
    expect(assessmentShape.read(v1({ state: 'DE-BY', district: '03351' }))?.profile).toEqual({ state: 'DE-BY', districtName: '03351' })
  })

  it('checks a version 1 check against version 1: a version 2 sector code is refused there', () => {
    const result = assessmentShape.parse({ ...draftRecord(), schemaVersion: 1, profile: { sector: 'hw-holz' } })
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining({ path: '$.profile.sector', code: 'not-allowed' }))
  })
})

describe('companyShape.read', () => {
  it('returns an equal copy of a valid company and drops unknown keys', () => {
    const company = companyRecord()
    const parsed = readCompany(fromJson(company, '"__proto__":{"polluted":true},"iban":"DE00"'))
    expect(parsed).toEqual(company)
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(parsed).not.toHaveProperty('iban')
  })

  it('accepts a company without state, sector and size', () => {
    const company = companyRecord({ state: null, sector: null, employees: null, contactNotes: '' })
    expect(readCompany(company)).toEqual(company)
  })

  it('migrates a version 1 company to the sector codes of version 2', () => {
    const v1 = { ...companyRecord(), schemaVersion: 1, sector: 'hw-elektro-metall' }
    expect(readCompany(v1)).toEqual(companyRecord({ sector: 'hw-metall' }))
    expect(readCompany({ ...companyRecord(), schemaVersion: 1, sector: null })).toEqual(companyRecord({ sector: null }))
  })

  it.each([
    ['a blank name', { name: '   ' }],
    ['an unknown sector', { sector: 'bergbau' }],
    ['a sector code of version 1 only', { sector: 'hw-elektro-metall' }],
    ['a missing state', { state: undefined }],
    ['an invalid time', { updatedAt: 'gestern' }],
    ['a newer schema version', { schemaVersion: 3 }],
  ])('returns null for %s', (_name, overrides) => {
    expect(readCompany({ ...companyRecord(), ...overrides })).toBeNull()
  })
})
