import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '@/domain/deep-freeze'
import {
  addOwnStep,
  carrySteps,
  hasPicked,
  hasRoom,
  isPending,
  moveStep,
  newPlan,
  pickSuggested,
  removeStep,
  setReviewDate,
  updateStep,
} from '@/domain/plan/plan-edits'
import { parse } from '@/domain/schema/kit'
import { MAX_PLAN_STEPS, PLAN_VERSION, planSchema, STEP_STATUSES, type PlanRecord, type StepStatus } from '@/domain/shapes/plan'
import { at, completedCheck, plan, step, suggestionOf } from './plan-builders'

const frozen = <T>(value: T): T => deepFreeze(structuredClone(value))

/** A plan holding `count` own steps `s0 … s(count-1)`. */
function planWithSteps(count: number): PlanRecord {
  return plan({ steps: Array.from({ length: count }, (_, index) => step({ id: `s${index}`, text: `Schritt ${index}` })) })
}

describe('newPlan', () => {
  it('starts an empty, valid plan of the check, under its business and questionnaire', () => {
    const check = completedCheck({ id: 'check-9', companyId: 'company-3' })
    const created = newPlan(check, at(50))
    expect(created).toEqual({
      schemaVersion: PLAN_VERSION,
      assessmentId: 'check-9',
      companyId: 'company-3',
      questionnaireId: 'digitalisierungsgrad-check',
      reviewOn: null,
      steps: [],
      createdAt: at(50),
      updatedAt: at(50),
    })
    expect(parse(planSchema, created).ok).toBe(true)
  })

  it('keeps a check without a business as one without (companyId null)', () => {
    expect(newPlan(completedCheck({ companyId: null }), at(1)).companyId).toBeNull()
  })
})

describe('pickSuggested', () => {
  it('adds the questionnaire step with the shown text, its field, effort, cost band, quick-win mark and offers', () => {
    const suggestion = suggestionOf('setup-mfa', 'reifegrad')
    const before = frozen(plan())
    const picked = pickSuggested(before, suggestion, '  Zwei-Faktor für Mail und Bank  ', ['offer-a', 'offer-b'], 'new-1', at(60))
    expect(picked.steps).toEqual([
      {
        id: 'new-1',
        stepId: 'setup-mfa',
        text: 'Zwei-Faktor für Mail und Bank',
        dimension: 'reifegrad',
        owner: '',
        due: null,
        status: 'open',
        note: '',
        effortHours: suggestion.step.effortHours,
        costBand: suggestion.step.costBand,
        quickWin: suggestion.step.quickWin,
        offers: ['offer-a', 'offer-b'],
        createdAt: at(60),
        updatedAt: at(60),
        doneAt: null,
      },
    ])
    expect(picked.updatedAt).toBe(at(60))
    expect(picked.createdAt).toBe(before.createdAt)
    expect(hasPicked(picked, 'setup-mfa')).toBe(true)
    expect(hasPicked(before, 'setup-mfa')).toBe(false)
    expect(parse(planSchema, picked).ok).toBe(true)
  })

  it('picks a questionnaire step only once: a second pick returns the plan unchanged', () => {
    const once = pickSuggested(plan(), suggestionOf('setup-mfa'), 'Text', [], 'new-1', at(60))
    const twice = pickSuggested(once, suggestionOf('setup-mfa'), 'Anderer Text', ['x'], 'new-2', at(70))
    expect(twice).toBe(once)
    // A step that is still listed, though dropped, still counts as picked.
    const dropped = updateStep(once, 'new-1', { status: 'dropped' }, at(80))
    expect(pickSuggested(dropped, suggestionOf('setup-mfa'), 'Text', [], 'new-3', at(90))).toBe(dropped)
  })

  it('names at most 10 offers (the schema limit)', () => {
    const offers = Array.from({ length: 14 }, (_, index) => `offer-${index}`)
    const picked = pickSuggested(plan(), suggestionOf('extend-mfa'), 'Text', offers, 'new-1', at(60))
    expect(picked.steps[0]!.offers).toEqual(offers.slice(0, 10))
    expect(parse(planSchema, picked).ok).toBe(true)
  })

  it('adds nothing to a full plan', () => {
    const full = planWithSteps(MAX_PLAN_STEPS)
    expect(hasRoom(full)).toBe(false)
    expect(pickSuggested(full, suggestionOf('setup-mfa'), 'Text', [], 'new-1', at(60))).toBe(full)
    expect(hasRoom(planWithSteps(MAX_PLAN_STEPS - 1))).toBe(true)
  })
})

describe('addOwnStep', () => {
  it('adds an open step the user wrote, trimmed, with or without a field, and never a questionnaire step id', () => {
    const first = addOwnStep(frozen(plan()), '  Homepage erneuern ', 'umsetzung', 'own-1', at(61))
    const second = addOwnStep(first, 'Team-Besprechung', null, 'own-2', at(62))
    expect(second.steps.map((entry) => [entry.id, entry.text, entry.dimension, entry.status, entry.stepId])).toEqual([
      ['own-1', 'Homepage erneuern', 'umsetzung', 'open', undefined],
      ['own-2', 'Team-Besprechung', null, 'open', undefined],
    ])
    expect('stepId' in second.steps[0]!).toBe(false)
    expect(second.updatedAt).toBe(at(62))
    expect(second.steps[0]!.createdAt).toBe(at(61))
    expect(parse(planSchema, second).ok).toBe(true)
  })

  it('adds nothing to a full plan', () => {
    const full = planWithSteps(MAX_PLAN_STEPS)
    expect(addOwnStep(full, 'Noch einer', null, 'own-x', at(1))).toBe(full)
  })
})

describe('updateStep', () => {
  it('changes only the named step and stamps it and the plan', () => {
    const before = frozen(planWithSteps(3))
    const after = updateStep(before, 's1', { owner: 'Herr Kaya', due: '2026-12-15', note: 'Angebot einholen', text: 'Neuer Text' }, at(90))
    expect(after.steps[0]).toBe(before.steps[0])
    expect(after.steps[2]).toBe(before.steps[2])
    expect(after.steps[1]).toEqual({ ...before.steps[1], owner: 'Herr Kaya', due: '2026-12-15', note: 'Angebot einholen', text: 'Neuer Text', updatedAt: at(90) })
    expect(after.updatedAt).toBe(at(90))
  })

  it('records when a step is marked done, keeps that time while it stays done, and clears it otherwise', () => {
    const start = planWithSteps(1)
    const done = updateStep(start, 's0', { status: 'done' }, at(100))
    expect(done.steps[0]).toMatchObject({ status: 'done', doneAt: at(100) })
    const editedWhileDone = updateStep(done, 's0', { note: 'Erledigt mit Hilfe der Kammer' }, at(110))
    expect(editedWhileDone.steps[0]).toMatchObject({ status: 'done', doneAt: at(100), updatedAt: at(110) })
    const doneAgain = updateStep(editedWhileDone, 's0', { status: 'done' }, at(120))
    expect(doneAgain.steps[0]!.doneAt).toBe(at(100))
    const reopened = updateStep(doneAgain, 's0', { status: 'in-progress' }, at(130))
    expect(reopened.steps[0]).toMatchObject({ status: 'in-progress', doneAt: null })
    const doneLater = updateStep(reopened, 's0', { status: 'done' }, at(140))
    expect(doneLater.steps[0]!.doneAt).toBe(at(140))
  })

  it('property: after any sequence of edits, doneAt is set exactly while done, to the time the step last became done', () => {
    const edit = fc.record(
      {
        status: fc.constantFrom<StepStatus>(...STEP_STATUSES),
        owner: fc.string({ maxLength: 20 }),
        note: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.constantFrom<StepStatus>(...STEP_STATUSES), fc.array(edit, { maxLength: 25 }), (initial, edits) => {
        let current = plan({ steps: [step({ id: 'x', status: initial }), step({ id: 'other', status: 'open' })] })
        let expectedDoneAt = current.steps[0]!.doneAt
        let expectedStatus = initial
        edits.forEach((changes, index) => {
          const now = at(1000 + index)
          const wasDone = current.steps[0]!.status === 'done'
          current = updateStep(current, 'x', changes, now)
          const status = current.steps[0]!.status
          expectedStatus = changes.status ?? expectedStatus
          expect(status).toBe(expectedStatus)
          if (status !== 'done') expectedDoneAt = null
          else if (!wasDone) expectedDoneAt = now
          expect(current.steps[0]!.doneAt).toBe(expectedDoneAt)
          expect(current.steps[1]!.doneAt).toBeNull()
          expect(parse(planSchema, current).ok).toBe(true)
        })
      }),
    )
  })
})

describe('removeStep and moveStep', () => {
  it('removes the step and keeps the others in order', () => {
    const after = removeStep(frozen(planWithSteps(3)), 's1', at(5))
    expect(after.steps.map((entry) => entry.id)).toEqual(['s0', 's2'])
    expect(after.updatedAt).toBe(at(5))
  })

  it('moves a step one place up or down; at either end or for an unknown step nothing changes', () => {
    const before = frozen(planWithSteps(3))
    expect(moveStep(before, 's1', -1, at(5)).steps.map((entry) => entry.id)).toEqual(['s1', 's0', 's2'])
    expect(moveStep(before, 's1', 1, at(5)).steps.map((entry) => entry.id)).toEqual(['s0', 's2', 's1'])
    expect(moveStep(before, 's1', 1, at(5)).updatedAt).toBe(at(5))
    expect(moveStep(before, 's0', -1, at(5))).toBe(before)
    expect(moveStep(before, 's2', 1, at(5))).toBe(before)
    expect(moveStep(before, 'nope', 1, at(5))).toBe(before)
  })

  it('property: moves only reorder: the same steps, each once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.nat(9), fc.constantFrom<-1 | 1>(-1, 1)), { maxLength: 30 }), (count, moves) => {
        let current = planWithSteps(count)
        for (const [index, by] of moves) current = moveStep(current, `s${index}`, by, at(7))
        expect(current.steps.map((entry) => entry.id).sort()).toEqual(planWithSteps(count).steps.map((entry) => entry.id).sort())
        expect(current.steps.every((entry) => entry.text === `Schritt ${entry.id.slice(1)}`)).toBe(true)
      }),
    )
  })
})

describe('setReviewDate', () => {
  it('sets and clears the review date', () => {
    const set = setReviewDate(frozen(plan()), '2027-03-01', at(8))
    expect(set).toMatchObject({ reviewOn: '2027-03-01', updatedAt: at(8) })
    expect(setReviewDate(set, null, at(9)).reviewOn).toBeNull()
  })
})

describe('carrySteps', () => {
  const earlier = frozen(
    plan({
      assessmentId: 'check-0',
      steps: [
        step({ id: 'e1', text: 'Offener Schritt', owner: 'Frau A', due: '2026-06-30', note: 'Notiz', status: 'open', stepId: 'setup-mfa', effortHours: 2, offers: ['offer-1'] }),
        step({ id: 'e2', text: 'Begonnen', status: 'in-progress' }),
        step({ id: 'e3', text: 'Erledigt', status: 'done' }),
      ],
    }),
  )

  it('copies the chosen steps with who, by when, status and note, with new ids and where they came from', () => {
    const ids = ['n1', 'n2']
    const current = frozen(plan({ assessmentId: 'check-1', steps: [step({ id: 'own' })] }))
    const carried = carrySteps(current, earlier, ['e2', 'e1'], () => ids.shift()!, at(200))
    // In the earlier plan's order, after what the plan already held.
    expect(carried.steps.map((entry) => entry.id)).toEqual(['own', 'n1', 'n2'])
    expect(carried.steps[1]).toEqual({ ...earlier.steps[0], id: 'n1', carriedFrom: { assessmentId: 'check-0', stepId: 'e1' }, createdAt: at(200), updatedAt: at(200) })
    expect(carried.steps[2]).toMatchObject({ text: 'Begonnen', status: 'in-progress', carriedFrom: { assessmentId: 'check-0', stepId: 'e2' } })
    expect(carried.updatedAt).toBe(at(200))
    expect(parse(planSchema, carried).ok).toBe(true)
  })

  it('never carries a step twice; a second carry of the same steps returns the plan unchanged', () => {
    let next = 0
    const newId = () => `n${next++}`
    const once = carrySteps(plan({ assessmentId: 'check-1' }), earlier, ['e1'], newId, at(200))
    const twice = carrySteps(once, earlier, ['e1'], newId, at(210))
    expect(twice).toBe(once)
    const more = carrySteps(once, earlier, ['e1', 'e2'], newId, at(220))
    expect(more.steps.map((entry) => entry.carriedFrom?.stepId)).toEqual(['e1', 'e2'])
  })

  it('ignores ids that are not steps of the earlier plan', () => {
    const current = plan({ assessmentId: 'check-1' })
    expect(carrySteps(current, earlier, ['unknown'], () => 'n', at(1))).toBe(current)
  })

  it('a step with the same id carried from another check is not taken for this one', () => {
    const other = plan({ assessmentId: 'check-x', steps: [step({ id: 'e1' })] })
    const fromOther = carrySteps(plan({ assessmentId: 'check-1' }), other, ['e1'], () => 'n-other', at(1))
    const both = carrySteps(fromOther, earlier, ['e1'], () => 'n-earlier', at(2))
    expect(both.steps.map((entry) => entry.carriedFrom)).toEqual([
      { assessmentId: 'check-x', stepId: 'e1' },
      { assessmentId: 'check-0', stepId: 'e1' },
    ])
  })

  it('stops at the plan limit', () => {
    const almostFull = plan({ assessmentId: 'check-1', steps: planWithSteps(MAX_PLAN_STEPS - 1).steps })
    let next = 0
    const carried = carrySteps(almostFull, earlier, ['e1', 'e2', 'e3'], () => `n${next++}`, at(3))
    expect(carried.steps).toHaveLength(MAX_PLAN_STEPS)
    expect(carried.steps.at(-1)!.carriedFrom?.stepId).toBe('e1')
  })

  it('property: any sequence of carries holds each earlier step at most once, and every chosen step once', () => {
    const earlierIds = earlier.steps.map((entry) => entry.id)
    fc.assert(
      fc.property(fc.array(fc.subarray([...earlierIds, 'unknown']), { maxLength: 8 }), (rounds) => {
        let next = 0
        let current = plan({ assessmentId: 'check-1', steps: [step({ id: 'own' })] })
        for (const chosen of rounds) current = carrySteps(current, earlier, chosen, () => `n${next++}`, at(next))
        const origins = current.steps.flatMap((entry) => (entry.carriedFrom ? [entry.carriedFrom.stepId] : []))
        expect(new Set(origins).size).toBe(origins.length)
        expect(new Set(origins)).toEqual(new Set(rounds.flat().filter((id) => id !== 'unknown')))
        expect(parse(planSchema, current).ok).toBe(true)
      }),
    )
  })
})

describe('isPending', () => {
  it('is true for open and in-progress steps only', () => {
    expect(STEP_STATUSES.filter((status) => isPending(step({ status })))).toEqual(['open', 'in-progress'])
  })
})

describe('edits together', () => {
  it('property: any sequence of edits yields a plan the schema accepts, without changing its input', () => {
    type Edit =
      | { kind: 'pick'; stepId: string }
      | { kind: 'own'; text: string }
      | { kind: 'update'; index: number; status: StepStatus; owner: string; due: string | null }
      | { kind: 'remove'; index: number }
      | { kind: 'move'; index: number; by: -1 | 1 }
      | { kind: 'review'; date: string | null }
    const editArb: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('pick' as const), stepId: fc.constantFrom('setup-mfa', 'extend-mfa') }),
      fc.record({ kind: fc.constant('own' as const), text: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== '') }),
      fc.record({
        kind: fc.constant('update' as const),
        index: fc.nat(10),
        status: fc.constantFrom<StepStatus>(...STEP_STATUSES),
        owner: fc.string({ maxLength: 30 }),
        due: fc.option(fc.constantFrom('2026-12-31', '2027-02-28', '2028-02-29'), { nil: null }),
      }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat(10) }),
      fc.record({ kind: fc.constant('move' as const), index: fc.nat(10), by: fc.constantFrom<-1 | 1>(-1, 1) }),
      fc.record({ kind: fc.constant('review' as const), date: fc.option(fc.constant('2027-01-15'), { nil: null }) }),
    )
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (edits) => {
        let current = newPlan(completedCheck(), at(0))
        edits.forEach((edit, index) => {
          const now = at(index + 1)
          const input = frozen(current)
          const idAt = (position: number) => input.steps[position % Math.max(1, input.steps.length)]?.id ?? 'none'
          switch (edit.kind) {
            case 'pick':
              current = pickSuggested(input, suggestionOf(edit.stepId), 'Gewählter Schritt', [], `id-${index}`, now)
              break
            case 'own':
              current = addOwnStep(input, edit.text, null, `id-${index}`, now)
              break
            case 'update':
              current = updateStep(input, idAt(edit.index), { status: edit.status, owner: edit.owner, due: edit.due }, now)
              break
            case 'remove':
              current = removeStep(input, idAt(edit.index), now)
              break
            case 'move':
              current = moveStep(input, idAt(edit.index), edit.by, now)
              break
            case 'review':
              current = setReviewDate(input, edit.date, now)
              break
          }
          const checked = parse(planSchema, current)
          expect(checked.ok, JSON.stringify(checked.ok ? null : checked.issues)).toBe(true)
        })
      }),
    )
  })
})
