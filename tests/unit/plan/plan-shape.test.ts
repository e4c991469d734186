import { describe, expect, it } from 'vitest'
import { parse, parseOrNull } from '@/domain/schema/kit'
import {
  MAX_OWNER_LENGTH,
  MAX_PLAN_STEPS,
  MAX_STEP_NOTE,
  MAX_STEP_TEXT,
  PLAN_VERSION,
  planSchema,
  planShape,
  STEP_STATUSES,
  type PlanRecord,
} from '@/domain/shapes/plan'
import { at, plan, step } from './plan-builders'

/** The issues (path and code) of parsing `value` as a plan, or [] when it is valid. */
function issuesOf(value: unknown): { path: string; code: string }[] {
  const result = parse(planSchema, value)
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }))
}

const full = (): PlanRecord =>
  plan({
    companyId: 'company-1',
    reviewOn: '2027-02-15',
    steps: [
      step({ id: 's1', stepId: 'setup-mfa', effortHours: 2, costBand: 'none', quickWin: true, offers: ['offer-1'], due: '2026-12-31', note: 'Mit IT-Partner' }),
      step({ id: 's2', dimension: null, status: 'done', carriedFrom: { assessmentId: 'check-0', stepId: 'old-3' } }),
      step({ id: 's3', status: 'dropped' }),
      step({ id: 's4', status: 'in-progress', owner: '' }),
    ],
  })

describe('the plan shape, version 1', () => {
  it('has version 1 and the four step statuses', () => {
    expect(PLAN_VERSION).toBe(1)
    expect(planShape.current).toBe(1)
    expect(STEP_STATUSES).toEqual(['open', 'in-progress', 'done', 'dropped'])
  })

  it('accepts a complete plan and rebuilds it unchanged', () => {
    const value = full()
    expect(parse(planSchema, value)).toEqual({ ok: true, value })
    expect(planShape.parse(structuredClone(value))).toEqual({ ok: true, value })
    expect(planShape.read(structuredClone(value))).toEqual(value)
  })

  it('normalises timestamps to the canonical UTC form (lists sort by them)', () => {
    const read = planShape.read({ ...full(), createdAt: '2026-11-29T10:00:00+01:00', updatedAt: '2026-11-29T09:00:00Z' })
    expect(read?.createdAt).toBe('2026-11-29T09:00:00.000Z')
    expect(read?.updatedAt).toBe('2026-11-29T09:00:00.000Z')
  })

  it('reports unknown keys in files and drops them from stored records', () => {
    const value = { ...full(), extra: 1, steps: [{ ...step(), colour: 'red' }] }
    expect(issuesOf(value)).toEqual([
      { path: '$.steps[0].colour', code: 'unknown-key' },
      { path: '$.extra', code: 'unknown-key' },
    ])
    const read = planShape.read(value)
    expect(read).not.toBeNull()
    expect(read).not.toHaveProperty('extra')
    expect(read!.steps[0]).not.toHaveProperty('colour')
    // A `__proto__` key never reaches the rebuilt record.
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(full()).slice(1)}`) as unknown
    const rebuilt = parseOrNull(planSchema, hostile)
    expect(rebuilt).not.toBeNull()
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype)
    expect((rebuilt as unknown as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('refuses a newer version with a clear code, and an unknown one', () => {
    expect(planShape.parse({ ...full(), schemaVersion: 2 })).toMatchObject({ ok: false, issues: [{ path: '$.schemaVersion', code: 'newer-version' }] })
    expect(planShape.parse({ ...full(), schemaVersion: 0 })).toMatchObject({ ok: false, issues: [{ path: '$.schemaVersion', code: 'unknown-version' }] })
    expect(planShape.read({ ...full(), schemaVersion: 2 })).toBeNull()
    expect(planShape.parse({ ...full(), schemaVersion: undefined })).toMatchObject({ ok: false, issues: [{ path: '$.schemaVersion', code: 'required' }] })
  })

  it('requires doneAt for a done step', () => {
    const value = plan({ steps: [step({ id: 'a' }), step({ id: 'b', status: 'done', doneAt: null })] })
    expect(issuesOf(value)).toEqual([{ path: '$.steps[1].doneAt', code: 'required' }])
  })

  it('refuses two steps with the same id, naming the first', () => {
    const result = parse(planSchema, plan({ steps: [step({ id: 'x' }), step({ id: 'y' }), step({ id: 'x' })] }))
    expect(result).toMatchObject({ ok: false, issues: [{ path: '$.steps[2].id', code: 'duplicate', params: { first: '$.steps[0]' } }] })
  })

  it('holds at most MAX_PLAN_STEPS steps', () => {
    const steps = (count: number) => Array.from({ length: count }, (_, index) => step({ id: `s${index}` }))
    expect(issuesOf(plan({ steps: steps(MAX_PLAN_STEPS) }))).toEqual([])
    expect(issuesOf(plan({ steps: steps(MAX_PLAN_STEPS + 1) }))).toEqual([{ path: '$.steps', code: 'too-many' }])
  })

  it('limits and checks every field of a step', () => {
    const cases: [Partial<Record<string, unknown>>, string, string][] = [
      [{ text: '' }, '$.steps[0].text', 'too-short'],
      [{ text: ' \n\t ' }, '$.steps[0].text', 'not-blank'],
      [{ text: 'x'.repeat(MAX_STEP_TEXT + 1) }, '$.steps[0].text', 'too-long'],
      [{ owner: 'x'.repeat(MAX_OWNER_LENGTH + 1) }, '$.steps[0].owner', 'too-long'],
      [{ note: 'x'.repeat(MAX_STEP_NOTE + 1) }, '$.steps[0].note', 'too-long'],
      [{ status: 'finished' }, '$.steps[0].status', 'not-allowed'],
      [{ dimension: 'marketing' }, '$.steps[0].dimension', 'not-allowed'],
      [{ due: '2026-02-30' }, '$.steps[0].due', 'date'],
      [{ due: '30.12.2026' }, '$.steps[0].due', 'date'],
      [{ createdAt: 'gestern' }, '$.steps[0].createdAt', 'timestamp'],
      [{ costBand: 'huge' }, '$.steps[0].costBand', 'not-allowed'],
      [{ effortHours: -1 }, '$.steps[0].effortHours', 'below-min'],
      [{ offers: Array.from({ length: 11 }, (_, index) => `o${index}`) }, '$.steps[0].offers', 'too-many'],
      [{ carriedFrom: { assessmentId: 'check-0' } }, '$.steps[0].carriedFrom.stepId', 'required'],
      [{ id: '' }, '$.steps[0].id', 'too-short'],
      [{ note: undefined }, '$.steps[0].note', 'required'],
    ]
    for (const [change, path, code] of cases) {
      expect(issuesOf(plan({ steps: [{ ...step(), ...change } as never] })), JSON.stringify(change)).toEqual([{ path, code }])
    }
    // At the limits it is fine.
    expect(issuesOf(plan({ steps: [step({ text: 'x'.repeat(MAX_STEP_TEXT), owner: 'o'.repeat(MAX_OWNER_LENGTH), note: 'n'.repeat(MAX_STEP_NOTE) })] }))).toEqual([])
  })

  it('checks the plan’s own fields', () => {
    expect(issuesOf({ ...plan(), reviewOn: '2027-13-01' })).toEqual([{ path: '$.reviewOn', code: 'date' }])
    expect(issuesOf({ ...plan(), assessmentId: '' })).toEqual([{ path: '$.assessmentId', code: 'too-short' }])
    expect(issuesOf({ ...plan(), companyId: 7 })).toEqual([{ path: '$.companyId', code: 'wrong-type' }])
    expect(issuesOf({ ...plan(), steps: {} })).toEqual([{ path: '$.steps', code: 'wrong-type' }])
    const { questionnaireId: _omitted, ...withoutQuestionnaire } = plan()
    expect(issuesOf(withoutQuestionnaire)).toEqual([{ path: '$.questionnaireId', code: 'required' }])
  })

  it('a leap day is a date, a 29 February of another year is not', () => {
    expect(issuesOf(plan({ reviewOn: '2028-02-29' }))).toEqual([])
    expect(issuesOf(plan({ reviewOn: '2027-02-29' }))).toEqual([{ path: '$.reviewOn', code: 'date' }])
  })

  it('a stored record that is damaged reads as null (never half a plan)', () => {
    expect(planShape.read({ ...full(), steps: [{ ...step(), status: 'done', doneAt: null }] })).toBeNull()
    expect(planShape.read(null)).toBeNull()
    expect(planShape.read([full()])).toBeNull()
    expect(parseOrNull(planSchema, { ...full(), updatedAt: at(1).replace('Z', '') })).toBeNull()
  })
})
