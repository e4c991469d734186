import { describe, expect, it } from 'vitest'
import { parseAssessmentRecord, parseCompanyRecord } from '@/domain/assessment/record-validation'
import { companyRecord, completedRecord, draftRecord } from './fixtures'

/** What a hostile or damaged file would give: JSON text parsed, with `__proto__` as an own key. */
function fromJson(value: unknown, extra: string): unknown {
  const json = JSON.stringify(value)
  return JSON.parse(`${json.slice(0, -1)},${extra}}`)
}

describe('parseAssessmentRecord', () => {
  it('returns an equal copy of a valid draft and of a valid completed check', () => {
    for (const record of [draftRecord(), completedRecord()]) {
      const parsed = parseAssessmentRecord(structuredClone(record))
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
    const parsed = parseAssessmentRecord(withExtras)
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
    const parsed = parseAssessmentRecord(hostile)
    expect(parsed).not.toBeNull()
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(parsed?.answers)).toBe(Object.prototype)
    expect(Object.keys(parsed?.answers ?? {})).toEqual(['q1'])
    expect(Object.keys(parsed?.notes ?? {})).toEqual(['q1'])
    expect(Object.keys(parsed ?? {})).not.toContain('constructor')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts every answer shape and removes duplicate option ids', () => {
    const parsed = parseAssessmentRecord(draftRecord({ answers: { a: 'x', b: ['x', 'x', 'y'], c: false, d: 0, e: { na: true } } }))
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
    expect(parseAssessmentRecord(draftRecord({ answers: { q1: answer as never } }))).toBeNull()
  })

  it.each([
    ['not an object', 'text'],
    ['an array', []],
    ['another schema version', { ...draftRecord(), schemaVersion: 2 }],
    ['a missing id', { ...draftRecord(), id: undefined }],
    ['an empty id', { ...draftRecord(), id: '' }],
    ['an unknown status', { ...draftRecord(), status: 'archived' }],
    ['a negative step', { ...draftRecord(), currentStep: -1 }],
    ['an impossible date', { ...draftRecord(), createdAt: '2025-02-30T10:00:00.000Z' }],
    ['a date without time', { ...draftRecord(), createdAt: '2025-02-03' }],
    ['an unknown state', { ...draftRecord(), profile: { state: 'DE-XX' } }],
    ['a number as company id', { ...draftRecord(), companyId: 5 }],
    ['a target level 6', { ...draftRecord(), targets: { breitband: 6 } }],
    ['a missing result', { ...draftRecord(), result: undefined }],
    ['a completed check without result', { ...completedRecord(), result: null }],
    ['a completed check without completion time', { ...completedRecord(), completedAt: null }],
    ['a draft with a result', { ...completedRecord(), status: 'draft' }],
    ['a malformed result', { ...completedRecord(), result: { engineVersion: '1' } }],
    ['a result with a level 7', { ...completedRecord(), result: { ...completedRecord().result, overall: { score: 1, level: 7, completeness: 1, answered: 1, notApplicable: 0, visible: 1 } } }],
  ])('returns null for %s', (_name, value) => {
    expect(parseAssessmentRecord(value)).toBeNull()
  })

  it('normalises timestamps with an offset to UTC', () => {
    const parsed = parseAssessmentRecord({ ...draftRecord(), createdAt: '2025-01-15T10:00:00+01:00', updatedAt: '2025-01-15T09:00:00Z' })
    expect(parsed?.createdAt).toBe('2025-01-15T09:00:00.000Z')
    expect(parsed?.updatedAt).toBe('2025-01-15T09:00:00.000Z')
  })
})

describe('parseCompanyRecord', () => {
  it('returns an equal copy of a valid company and drops unknown keys', () => {
    const company = companyRecord()
    const parsed = parseCompanyRecord(fromJson(company, '"__proto__":{"polluted":true},"iban":"DE00"'))
    expect(parsed).toEqual(company)
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(parsed).not.toHaveProperty('iban')
  })

  it('accepts a company without state, sector and size', () => {
    const company = companyRecord({ state: null, sector: null, employees: null, contactNotes: '' })
    expect(parseCompanyRecord(company)).toEqual(company)
  })

  it.each([
    ['a blank name', { name: '   ' }],
    ['an unknown sector', { sector: 'bergbau' }],
    ['a missing state', { state: undefined }],
    ['an invalid time', { updatedAt: 'gestern' }],
  ])('returns null for %s', (_name, overrides) => {
    expect(parseCompanyRecord({ ...companyRecord(), ...overrides })).toBeNull()
  })
})
