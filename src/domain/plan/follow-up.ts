import type { DimensionId } from '../indicator-fields'
import type { PlanRecord, PlanStep } from '../shapes/plan'
import type { AssessmentResult } from '../shapes/result'
import { isPending } from './plan-edits'

/** How one field that the earlier plan served moved from the earlier check to this one. */
export interface FieldMovement {
  dimension: DimensionId
  /** Steps for this field in the earlier plan (not dropped), and how many of them were done. */
  planned: number
  done: number
  /** Scores in whole points. */
  before: number | null
  after: number | null
  /** after − before, or null without both scores. */
  change: number | null
}

/** The follow-up of an earlier plan at the next check (T0 → T1). */
export interface PlanFollowUp {
  done: PlanStep[]
  /** Open or in progress at the time of the new check. */
  pending: PlanStep[]
  dropped: PlanStep[]
  /** Fields the earlier plan served, in the order of the result. */
  fields: FieldMovement[]
  /** Pending steps not yet carried into the new plan. */
  carryable: PlanStep[]
}

/**
 * What became of the earlier check's plan: which steps were done, how the fields they served moved
 * between the two results, and which open steps can still be carried into the new plan. The field
 * movement is shown beside the steps, not as their effect: a field can move for other reasons.
 */
export function followUpOf(earlier: PlanRecord, earlierResult: AssessmentResult, currentResult: AssessmentResult, current: PlanRecord | null): PlanFollowUp {
  const carried = new Set(current?.steps.flatMap((step) => (step.carriedFrom?.assessmentId === earlier.assessmentId ? [step.carriedFrom.stepId] : [])) ?? [])
  const scoreOf = (result: AssessmentResult, dimension: DimensionId) => result.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null
  const fields: FieldMovement[] = []
  for (const { dimension } of currentResult.dimensions) {
    const serving = earlier.steps.filter((step) => step.dimension === dimension && step.status !== 'dropped')
    if (serving.length === 0) continue
    // Whole points, as they are shown: the change is the difference of the shown numbers.
    const round = (score: number | null) => (score === null ? null : Math.round(score))
    const before = round(scoreOf(earlierResult, dimension))
    const after = round(scoreOf(currentResult, dimension))
    fields.push({
      dimension,
      planned: serving.length,
      done: serving.filter((step) => step.status === 'done').length,
      before,
      after,
      change: before === null || after === null ? null : after - before,
    })
  }
  const pending = earlier.steps.filter(isPending)
  return {
    done: earlier.steps.filter((step) => step.status === 'done'),
    pending,
    dropped: earlier.steps.filter((step) => step.status === 'dropped'),
    fields,
    carryable: pending.filter((step) => !carried.has(step.id)),
  }
}
