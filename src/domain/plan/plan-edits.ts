import type { DimensionId } from '../indicator-fields'
import { PLAN_VERSION, MAX_PLAN_STEPS, type PlanRecord, type PlanStep, type StepStatus } from '../shapes/plan'
import type { AssessmentRecord } from '../shapes/assessment'
import type { SuggestedStep } from './suggest-steps'

/**
 * Pure edits of a Maßnahmenplan: each returns a new plan (the stored one is never changed in
 * place), stamped with `now`. Storage validates what it writes; these keep the rules a schema
 * cannot: a questionnaire step is picked once, `doneAt` follows the status, the list has a limit.
 */

/** The fields of a step a user edits. */
export type StepChanges = Partial<Pick<PlanStep, 'text' | 'owner' | 'due' | 'status' | 'note' | 'dimension'>>

/** An empty plan for a completed check. */
export function newPlan(record: AssessmentRecord, now: string): PlanRecord {
  return {
    schemaVersion: PLAN_VERSION,
    assessmentId: record.id,
    companyId: record.companyId,
    questionnaireId: record.questionnaireId,
    reviewOn: null,
    steps: [],
    createdAt: now,
    updatedAt: now,
  }
}

/** True when the plan holds (or held, still listed) the questionnaire step `stepId`. */
export const hasPicked = (plan: PlanRecord, stepId: string) => plan.steps.some((step) => step.stepId === stepId)

/** Whether another step fits (the plan has a limit so that it stays a plan, and a file stays small). */
export const hasRoom = (plan: PlanRecord) => plan.steps.length < MAX_PLAN_STEPS

/**
 * Adds a suggested step with the text shown to the user and the offers named beside it. Picking a
 * step that is already in the plan changes nothing.
 */
export function pickSuggested(plan: PlanRecord, suggested: SuggestedStep, text: string, offers: readonly string[], id: string, now: string): PlanRecord {
  if (hasPicked(plan, suggested.step.id) || !hasRoom(plan)) return plan
  const step: PlanStep = {
    ...blankStep(id, text, suggested.dimension, now),
    stepId: suggested.step.id,
    effortHours: suggested.step.effortHours,
    costBand: suggested.step.costBand,
    quickWin: suggested.step.quickWin,
    offers: offers.slice(0, 10),
  }
  return { ...plan, steps: [...plan.steps, step], updatedAt: now }
}

/** Adds a step the user wrote. */
export function addOwnStep(plan: PlanRecord, text: string, dimension: DimensionId | null, id: string, now: string): PlanRecord {
  if (!hasRoom(plan)) return plan
  return { ...plan, steps: [...plan.steps, blankStep(id, text, dimension, now)], updatedAt: now }
}

/** Changes a step; marking it done records when, any other status clears that. */
export function updateStep(plan: PlanRecord, stepId: string, changes: StepChanges, now: string): PlanRecord {
  return {
    ...plan,
    updatedAt: now,
    steps: plan.steps.map((step) => {
      if (step.id !== stepId) return step
      const status: StepStatus = changes.status ?? step.status
      const doneAt = status === 'done' ? (step.status === 'done' ? step.doneAt : now) : null
      return { ...step, ...changes, status, doneAt, updatedAt: now }
    }),
  }
}

/** Removes a step (a step decided against is better marked "dropped": it then stays on record). */
export function removeStep(plan: PlanRecord, stepId: string, now: string): PlanRecord {
  return { ...plan, steps: plan.steps.filter((step) => step.id !== stepId), updatedAt: now }
}

/** Moves a step one place up or down (the plan's order is the order of work). */
export function moveStep(plan: PlanRecord, stepId: string, by: -1 | 1, now: string): PlanRecord {
  const index = plan.steps.findIndex((step) => step.id === stepId)
  const target = index + by
  if (index < 0 || target < 0 || target >= plan.steps.length) return plan
  const steps = [...plan.steps]
  ;[steps[index], steps[target]] = [steps[target]!, steps[index]!]
  return { ...plan, steps, updatedAt: now }
}

/** Sets or clears the date to review the plan with the business (Wiedervorlage). */
export function setReviewDate(plan: PlanRecord, reviewOn: string | null, now: string): PlanRecord {
  return { ...plan, reviewOn, updatedAt: now }
}

/**
 * Carries steps of an earlier plan into this one (the follow-up check): each keeps its text, who,
 * due date, status and note, and remembers where it came from. A step carried before is not carried
 * twice.
 */
export function carrySteps(plan: PlanRecord, from: PlanRecord, stepIds: readonly string[], newId: () => string, now: string): PlanRecord {
  const carried = new Set(plan.steps.flatMap((step) => (step.carriedFrom?.assessmentId === from.assessmentId ? [step.carriedFrom.stepId] : [])))
  const added: PlanStep[] = []
  for (const step of from.steps) {
    if (!stepIds.includes(step.id) || carried.has(step.id)) continue
    if (plan.steps.length + added.length >= MAX_PLAN_STEPS) break
    added.push({ ...step, id: newId(), carriedFrom: { assessmentId: from.assessmentId, stepId: step.id }, createdAt: now, updatedAt: now })
  }
  return added.length === 0 ? plan : { ...plan, steps: [...plan.steps, ...added], updatedAt: now }
}

/** Steps still to do: open or in progress. */
export const isPending = (step: PlanStep) => step.status === 'open' || step.status === 'in-progress'

function blankStep(id: string, text: string, dimension: DimensionId | null, now: string): PlanStep {
  return { id, text: text.trim(), dimension, owner: '', due: null, status: 'open', note: '', offers: [], createdAt: now, updatedAt: now, doneAt: null }
}
