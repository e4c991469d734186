import { dimensionId, isoDate, recordId, text, timestamp } from '../../schema/fields'
import { array, boolean, literal, nullable, number, object, oneOf, optional, pathString, refine, string, type Infer, type Path } from '../../schema/kit'

/** Status of a planned step: open, being worked on, done, or dropped (decided against, kept for the record). */
export const STEP_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const
export type StepStatus = (typeof STEP_STATUSES)[number]

export const MAX_PLAN_STEPS = 200
export const MAX_STEP_TEXT = 500
export const MAX_OWNER_LENGTH = 120
export const MAX_STEP_NOTE = 4_000

const planStepSchemaV1 = object({
  id: recordId(),
  /** The questionnaire's next step this was picked from; absent for a step the user wrote. */
  stepId: optional(recordId()),
  /** The step of an earlier check's plan this one continues. */
  carriedFrom: optional(object({ assessmentId: recordId(), stepId: recordId() })),
  /** What is to be done, as the user left it (a picked step starts with the questionnaire's text). */
  text: string({ min: 1, max: MAX_STEP_TEXT, nonBlank: true }),
  /** The field it serves, for the follow-up comparison and the anonymous counts; null when none. */
  dimension: nullable(dimensionId()),
  /** Who does it (a name or a role), free text. */
  owner: text(MAX_OWNER_LENGTH),
  /** By when (a calendar date), or null. */
  due: nullable(isoDate()),
  status: oneOf(STEP_STATUSES),
  note: text(MAX_STEP_NOTE),
  /** Copied from the questionnaire's step when picked, so the plan reads the same without it. */
  effortHours: optional(number({ min: 0, max: 10_000 })),
  costBand: optional(oneOf(['none', 'low', 'medium', 'high'] as const)),
  quickWin: optional(boolean()),
  /** Ids of catalogue offers that were named as help when the step was picked. */
  offers: array(recordId(), { max: 10 }),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** When it was marked done (null otherwise). */
  doneAt: nullable(timestamp()),
})

/**
 * The Maßnahmenplan of one completed check, version 1: the steps the owner or consultant picked,
 * edited or added, with who, by when, status and a note, and when to look at the plan again
 * (Wiedervorlage). One plan per check; it belongs to the check's business.
 */
export const planSchemaV1 = refine(
  object({
    schemaVersion: literal(1),
    assessmentId: recordId(),
    companyId: nullable(recordId()),
    /** The questionnaire id (without version) of the check, so follow-ups find the plan. */
    questionnaireId: recordId(),
    /** When to review the plan with the business (Wiedervorlage), or null. */
    reviewOn: nullable(isoDate()),
    steps: array(planStepSchemaV1, { max: MAX_PLAN_STEPS }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  }),
  (plan, problem, path) => {
    // Paths below the plan's own, so a plan inside an export file is named where it is.
    const stepAt = (index: number): Path => ({ parent: { parent: path, key: 'steps' }, key: index })
    const seen = new Map<string, number>()
    plan.steps.forEach((step, index) => {
      const first = seen.get(step.id)
      if (first !== undefined) problem({ parent: stepAt(index), key: 'id' }, 'duplicate', { value: step.id.slice(0, 60), first: pathString(stepAt(first)) })
      else seen.set(step.id, index)
      if (step.status === 'done' && step.doneAt === null) problem({ parent: stepAt(index), key: 'doneAt' }, 'required')
    })
  },
)

export type PlanV1 = Infer<typeof planSchemaV1>
export type PlanStepV1 = PlanV1['steps'][number]
