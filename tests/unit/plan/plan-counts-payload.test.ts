import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIMENSION_IDS, type DimensionId } from '@/domain/indicator-fields'
import { planCounts } from '@/domain/plan/plan-counts'
import { STEP_STATUSES, type StepStatus } from '@/domain/shapes/plan'
import { parsePayload } from '@/domain/shapes/submission-payload'
import { buildSubmissionPayload } from '@/domain/submission/payload'
import { completedCheck, loadFlagship, plan, resultWith, step } from './plan-builders'

describe('planCounts', () => {
  it('counts planned and done steps per field, in the fixed field order; dropped and field-less steps do not count', () => {
    const counts = planCounts(
      plan({
        steps: [
          step({ id: '1', dimension: 'reifegrad', status: 'done' }),
          step({ id: '2', dimension: 'bildung', status: 'open' }),
          step({ id: '3', dimension: 'reifegrad', status: 'in-progress' }),
          step({ id: '4', dimension: 'reifegrad', status: 'dropped' }),
          step({ id: '5', dimension: null, status: 'done' }),
          step({ id: '6', dimension: 'beratung', status: 'dropped' }),
          step({ id: '7', dimension: 'bildung', status: 'done' }),
        ],
      }),
    )
    expect(counts).toEqual([
      { dimension: 'bildung', planned: 2, done: 1 },
      { dimension: 'reifegrad', planned: 2, done: 1 },
    ])
  })

  it('an empty plan has no counts', () => {
    expect(planCounts(plan())).toEqual([])
  })

  it('property: the counts add up to the steps with a field that are not dropped', () => {
    const stepArb = fc.record({ dimension: fc.constantFrom<DimensionId | null>(...DIMENSION_IDS, null), status: fc.constantFrom<StepStatus>(...STEP_STATUSES) })
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (specs) => {
        const counts = planCounts(plan({ steps: specs.map((spec, index) => step({ id: `s${index}`, ...spec })) }))
        const counted = specs.filter((spec) => spec.dimension !== null && spec.status !== 'dropped')
        expect(counts.reduce((sum, entry) => sum + entry.planned, 0)).toBe(counted.length)
        expect(counts.reduce((sum, entry) => sum + entry.done, 0)).toBe(counted.filter((spec) => spec.status === 'done').length)
        expect(counts.every((entry) => entry.planned > 0 && entry.done <= entry.planned)).toBe(true)
        expect(counts.map((entry) => DIMENSION_IDS.indexOf(entry.dimension))).toEqual(
          counts.map((entry) => DIMENSION_IDS.indexOf(entry.dimension)).sort((a, b) => a - b),
        )
      }),
    )
  })
})

describe('plan counts in the anonymous payload', () => {
  const KEY = '6f1c2b9e-3d4a-4f5b-9c1d-2e3f4a5b6c7d'
  const SECRET = {
    text: 'Geheimprojekt Übernahme Firma Schmidt',
    owner: 'Herr Verschwiegen',
    note: 'Kontonummer DE02 1203 0000 0000 2020 51',
    offer: 'offer-vertraulich',
    carried: 'check-vertraulich-0',
  }
  const record = completedCheck({
    id: 'check-payload',
    profile: { state: 'DE-BY', district: '09187', sector: 'hw-kfz', employees: '10-49', headcount: 12 },
    completedAt: '2026-11-21T14:03:22.123Z',
    result: resultWith({ bildung: 40, beratung: 55, reifegrad: 70 }),
  })
  const secretPlan = plan({
    assessmentId: 'check-payload',
    reviewOn: '2027-03-01',
    steps: [
      step({ id: 'p1', text: SECRET.text, owner: SECRET.owner, note: SECRET.note, dimension: 'reifegrad', status: 'done', due: '2026-12-24', offers: [SECRET.offer] }),
      step({ id: 'p2', text: `${SECRET.text} Teil 2`, dimension: 'reifegrad', status: 'open', carriedFrom: { assessmentId: SECRET.carried, stepId: 'x' } }),
      step({ id: 'p3', text: 'Schulung', dimension: 'bildung', status: 'in-progress', owner: SECRET.owner }),
      step({ id: 'p4', text: 'Verworfen', dimension: 'beratung', status: 'dropped', note: SECRET.note }),
      step({ id: 'p5', text: 'Ohne Feld', dimension: null, status: 'done', note: SECRET.note }),
    ],
  })

  it('carries only counts per field, and no text, name, note, date or id of the plan', () => {
    const built = buildSubmissionPayload(record, loadFlagship(), { key: KEY, includeDistrict: false, plan: planCounts(secretPlan) })
    if (!built.ok) throw new Error(built.problem)
    expect(built.payload.plan).toEqual([
      { dimension: 'bildung', planned: 1, done: 0 },
      { dimension: 'reifegrad', planned: 2, done: 1 },
    ])
    const json = JSON.stringify(built.payload)
    for (const secret of [...Object.values(SECRET), 'Schulung', 'Verworfen', 'Ohne Feld', '2026-12-24', '2027-03-01', 'p1', 'p2', 'p3', 'Teil 2']) {
      expect(json, secret).not.toContain(secret)
    }
    // The plan's part holds nothing but the three count fields.
    for (const entry of built.payload.plan ?? []) expect(Object.keys(entry).sort()).toEqual(['dimension', 'done', 'planned'])
    expect(parsePayload(JSON.parse(json) as unknown).ok).toBe(true)
  })

  it('without plan counts (not chosen), or with an empty plan, there is no plan part', () => {
    for (const options of [{}, { plan: planCounts(plan()) }]) {
      const built = buildSubmissionPayload(record, loadFlagship(), { key: KEY, includeDistrict: false, ...options })
      if (!built.ok) throw new Error(built.problem)
      expect(built.payload).not.toHaveProperty('plan')
    }
  })
})
