import { versionedShape } from '../../schema/versions'
import { planSchemaV1, type PlanStepV1, type PlanV1 } from './v1'

/** The plan shape: every released version and the migrations between them. */
export type PlanRecord = PlanV1
export type PlanStep = PlanStepV1

export const planSchema = planSchemaV1

export const planShape = versionedShape<PlanRecord>('schemaVersion', [{ version: 1, schema: planSchemaV1 }])

export const PLAN_VERSION: PlanRecord['schemaVersion'] = 1

export { STEP_STATUSES, MAX_PLAN_STEPS, MAX_STEP_TEXT, MAX_OWNER_LENGTH, MAX_STEP_NOTE, type StepStatus } from './v1'
