import { dimensionId, levelNumber } from '../../schema/fields'
import { array, literal, number, object, oneOf, optional, string, type Infer } from '../../schema/kit'
import { EMPLOYEE_CLASSES, STATE_CODES } from '../profile/codes'
import { SECTOR_CODES_V1 } from '../profile/v1'

/** Patterns the payload schemas (questionnaires/schema/submission-payload.v*.schema.json) also use. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
export const QUESTIONNAIRE_REF = /^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const score = () => number({ min: 0, max: 100, integer: true })

/**
 * The anonymous submission, payload version 1 as released (mirrors
 * questionnaires/schema/submission-payload.v1.schema.json): coarse classes and rounded scores only.
 */
export const payloadSchemaV1 = object({
  payloadVersion: literal(1),
  key: string({ pattern: UUID_V4, format: 'uuid' }),
  questionnaire: string({ max: 120, pattern: QUESTIONNAIRE_REF, format: 'questionnaire-ref' }),
  month: string({ pattern: MONTH, format: 'month' }),
  state: oneOf(STATE_CODES),
  district: optional(string({ min: 1, max: 80 })),
  sector: oneOf(SECTOR_CODES_V1),
  employees: oneOf(EMPLOYEE_CLASSES),
  overall: object({ score: score(), level: levelNumber() }),
  dimensions: array(object({ dimension: dimensionId(), score: score(), level: levelNumber() }), { max: 7 }),
})

export type SubmissionPayloadV1 = Infer<typeof payloadSchemaV1>
