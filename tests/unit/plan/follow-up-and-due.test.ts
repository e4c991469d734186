import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dueItems, latestPlans, type DueItem } from '@/domain/plan/due-items'
import { followUpOf } from '@/domain/plan/follow-up'
import { carrySteps } from '@/domain/plan/plan-edits'
import { STEP_STATUSES, type PlanRecord, type StepStatus } from '@/domain/shapes/plan'
import { at, plan, resultWith, step } from './plan-builders'

describe('followUpOf', () => {
  const earlier = plan({
    assessmentId: 'check-0',
    steps: [
      step({ id: 'a', dimension: 'bildung', status: 'done' }),
      step({ id: 'b', dimension: 'bildung', status: 'open' }),
      step({ id: 'c', dimension: 'reifegrad', status: 'in-progress' }),
      step({ id: 'd', dimension: 'beratung', status: 'dropped' }),
      step({ id: 'e', dimension: null, status: 'open' }),
      step({ id: 'f', dimension: 'fachkraefte', status: 'done' }),
    ],
  })
  const before = resultWith({ bildung: 30, beratung: 50, reifegrad: 61.4, fachkraefte: null })
  const after = resultWith({ bildung: 45.5, beratung: 70, reifegrad: 58, fachkraefte: 20 })

  it('sorts the earlier steps into done, pending and dropped', () => {
    const followUp = followUpOf(earlier, before, after, null)
    expect(followUp.done.map((entry) => entry.id)).toEqual(['a', 'f'])
    expect(followUp.pending.map((entry) => entry.id)).toEqual(['b', 'c', 'e'])
    expect(followUp.dropped.map((entry) => entry.id)).toEqual(['d'])
  })

  it('shows how each field the plan served moved, in the order of the result; dropped-only and field-less steps add no field', () => {
    const followUp = followUpOf(earlier, before, after, null)
    expect(followUp.fields).toEqual([
      { dimension: 'bildung', planned: 2, done: 1, before: 30, after: 46, change: 16 },
      { dimension: 'reifegrad', planned: 1, done: 0, before: 61, after: 58, change: -3 },
      // No score before: no change.
      { dimension: 'fachkraefte', planned: 1, done: 1, before: null, after: 20, change: null },
    ])
  })

  it('a field missing from one of the results has no change', () => {
    const followUp = followUpOf(plan({ steps: [step({ dimension: 'breitband' })] }), resultWith({}), resultWith({ breitband: 40 }), null)
    expect(followUp.fields).toEqual([{ dimension: 'breitband', planned: 1, done: 0, before: null, after: 40, change: null }])
  })

  it('the change agrees with the whole-point scores shown beside it (before and after are shown rounded)', () => {
    // The follow-up table shows Math.round(before), Math.round(after) and the change side by side:
    // 40.5 → 41 and 41 → 41 must not read as "+1", nor 40.4 → 40 and 40.6 → 41 as "0".
    const single = (score: number) => resultWith({ bildung: score })
    const earlierPlan = plan({ steps: [step({ dimension: 'bildung' })] })
    for (const [from, to] of [
      [40.5, 41],
      [40.4, 40.6],
      [12.5, 13.4],
      [70.5, 69.5],
    ] as const) {
      const [field] = followUpOf(earlierPlan, single(from), single(to), null).fields
      expect(field!.change, `${from} → ${to}`).toBe(Math.round(to) - Math.round(from))
    }
  })

  it('offers the pending steps not yet carried into the current plan', () => {
    const current = carrySteps(plan({ assessmentId: 'check-1' }), earlier, ['b'], () => 'carried-b', at(300))
    expect(followUpOf(earlier, before, after, current).carryable.map((entry) => entry.id)).toEqual(['c', 'e'])
    expect(followUpOf(earlier, before, after, null).carryable.map((entry) => entry.id)).toEqual(['b', 'c', 'e'])
    // A step carried from another check with the same step id does not count.
    const fromOther = plan({ assessmentId: 'check-1', steps: [step({ id: 'x', carriedFrom: { assessmentId: 'check-other', stepId: 'c' } })] })
    expect(followUpOf(earlier, before, after, fromOther).carryable.map((entry) => entry.id)).toEqual(['b', 'c', 'e'])
  })
})

/** A plan of `business` (null: the device's own) for a check, created at `minutes`. */
function planOf(assessmentId: string, business: string | null, minutes: number, overrides: Partial<PlanRecord> = {}): PlanRecord {
  return plan({ assessmentId, companyId: business, createdAt: at(minutes), updatedAt: at(minutes), ...overrides })
}

const describeItem = (item: DueItem) => (item.kind === 'review' ? `${item.date} review ${item.plan.assessmentId}` : `${item.date} step ${item.step.id}`)

describe('dueItems', () => {
  const today = '2026-11-29'

  it('lists pending steps with a date and reviews, earliest first, a review before steps of the same day', () => {
    const meyer = planOf('check-m', 'company-m', 10, {
      reviewOn: '2026-12-01',
      steps: [
        step({ id: 'm-late', due: '2027-01-10' }),
        step({ id: 'm-same-day', due: '2026-12-01', status: 'in-progress' }),
        step({ id: 'm-overdue', due: '2026-11-28' }),
        step({ id: 'm-today', due: '2026-11-29' }),
        step({ id: 'm-no-date', due: null }),
        step({ id: 'm-done', due: '2026-11-01', status: 'done' }),
        step({ id: 'm-dropped', due: '2026-11-02', status: 'dropped' }),
      ],
    })
    const own = planOf('check-o', null, 20, { reviewOn: '2026-11-15', steps: [step({ id: 'o-1', due: '2026-12-01' })] })
    const items = dueItems([meyer, own], { today })
    expect(items.map(describeItem)).toEqual([
      '2026-11-15 review check-o',
      '2026-11-28 step m-overdue',
      '2026-11-29 step m-today',
      '2026-12-01 review check-m',
      '2026-12-01 step m-same-day',
      '2026-12-01 step o-1',
      '2027-01-10 step m-late',
    ])
    // Before today is overdue; today is not.
    expect(Object.fromEntries(items.map((item) => [describeItem(item), item.overdue]))).toEqual({
      '2026-11-15 review check-o': true,
      '2026-11-28 step m-overdue': true,
      '2026-11-29 step m-today': false,
      '2026-12-01 review check-m': false,
      '2026-12-01 step m-same-day': false,
      '2026-12-01 step o-1': false,
      '2027-01-10 step m-late': false,
    })
    const first = items.find((item) => item.kind === 'step' && item.step.id === 'm-overdue')!
    expect(first.plan).toBe(meyer)
  })

  it('with `until`, lists only what is due on or before that day (overdue included)', () => {
    const only = planOf('check-m', 'company-m', 10, {
      reviewOn: '2026-12-08',
      steps: [step({ id: 'old', due: '2026-01-01' }), step({ id: 'edge', due: '2026-12-06' }), step({ id: 'later', due: '2026-12-07' })],
    })
    expect(dueItems([only], { today, until: '2026-12-06' }).map(describeItem)).toEqual(['2026-01-01 step old', '2026-12-06 step edge'])
  })

  it('with `companyId`, lists one business only; null picks the device’s own checks', () => {
    const plans = [
      planOf('check-a', 'company-a', 1, { steps: [step({ id: 'a', due: '2026-12-01' })] }),
      planOf('check-b', 'company-b', 1, { steps: [step({ id: 'b', due: '2026-12-01' })] }),
      planOf('check-own', null, 1, { steps: [step({ id: 'own', due: '2026-12-01' })] }),
    ]
    expect(dueItems(plans, { today, companyId: 'company-b' }).map(describeItem)).toEqual(['2026-12-01 step b'])
    expect(dueItems(plans, { today, companyId: null }).map(describeItem)).toEqual(['2026-12-01 step own'])
    expect(dueItems(plans, { today }).map(describeItem)).toHaveLength(3)
  })

  it('counts only the latest plan of each business and questionnaire', () => {
    const older = planOf('check-1', 'company-a', 10, { reviewOn: '2026-05-01', steps: [step({ id: 'old-open', due: '2026-06-01' })] })
    const newer = planOf('check-2', 'company-a', 500, { steps: [step({ id: 'new-open', due: '2026-12-24' })] })
    const otherQuestionnaire = planOf('check-3', 'company-a', 5, { questionnaireId: 'schnellcheck-handwerk', steps: [step({ id: 'quick', due: '2026-12-02' })] })
    const otherBusiness = planOf('check-4', 'company-b', 5, { steps: [step({ id: 'b-open', due: '2026-12-03' })] })
    // The input order does not matter.
    for (const plans of [[older, newer, otherQuestionnaire, otherBusiness], [newer, otherBusiness, older, otherQuestionnaire]]) {
      expect(dueItems(plans, { today }).map(describeItem)).toEqual(['2026-12-02 step quick', '2026-12-03 step b-open', '2026-12-24 step new-open'])
      expect(latestPlans(plans).map((entry) => entry.assessmentId).sort()).toEqual(['check-2', 'check-3', 'check-4'])
    }
  })

  it('property: done and dropped steps are never due; every item is sorted, within `until`, and overdue exactly before today', () => {
    const dates = fc.option(
      fc.integer({ min: 0, max: 800 }).map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
      { nil: null },
    )
    const planArb = fc.record({
      business: fc.constantFrom<string | null>('company-a', 'company-b', null),
      created: fc.nat(1000),
      reviewOn: dates,
      steps: fc.array(fc.record({ status: fc.constantFrom<StepStatus>(...STEP_STATUSES), due: dates }), { maxLength: 8 }),
    })
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 6 }), dates, (specs, until) => {
        const plans = specs.map((spec, index) =>
          planOf(`check-${index}`, spec.business, spec.created, {
            reviewOn: spec.reviewOn,
            steps: spec.steps.map((entry, position) => step({ id: `s-${index}-${position}`, ...entry })),
          }),
        )
        const items = dueItems(plans, until === null ? { today } : { today, until })
        const latest = new Set(latestPlans(plans))
        for (const item of items) {
          expect(latest.has(item.plan)).toBe(true)
          if (item.kind === 'step') expect(['open', 'in-progress']).toContain(item.step.status)
          if (until !== null) expect(item.date <= until).toBe(true)
          expect(item.overdue).toBe(item.date < today)
        }
        for (let index = 1; index < items.length; index++) {
          const [a, b] = [items[index - 1]!, items[index]!]
          expect(a.date <= b.date).toBe(true)
          if (a.date === b.date) expect(a.kind === 'step' && b.kind === 'review').toBe(false)
        }
        // And nothing due is missing.
        const expected = [...latest].reduce((sum, entry) => {
          const fits = (date: string | null) => date !== null && (until === null || date <= until)
          return sum + (fits(entry.reviewOn) ? 1 : 0) + entry.steps.filter((s) => (s.status === 'open' || s.status === 'in-progress') && fits(s.due)).length
        }, 0)
        expect(items).toHaveLength(expected)
      }),
    )
  })
})
