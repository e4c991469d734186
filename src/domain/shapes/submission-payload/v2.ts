import { dimensionId, levelNumber } from '../../schema/fields'
import { array, literal, number, object, oneOf, optional, refine, string, type Infer } from '../../schema/kit'
import { EMPLOYEE_CLASSES, STATE_CODES } from '../profile/codes'
import { DISTRICT_CODE } from '../profile/field-table'
import { STATE_OF_AGS_PREFIX } from '../profile/v2'
import { SECTOR_GROUPS } from '../profile/sector-groups'
import { MONTH, QUESTIONNAIRE_REF, UUID_V4 } from './v1'

const score = () => number({ min: 0, max: 100, integer: true })
const code = () => string({ min: 1, max: 64, pattern: /^[a-z][a-z0-9-]*$/, format: 'id' })
/** A survey wave code a chamber gives its members (lower-case letters, digits, inner hyphens). */
export const CAMPAIGN_CODE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/

/**
 * Payload version 2 (mirrors questionnaires/schema/submission-payload.v2.schema.json, which the
 * collector checks; a test keeps both in agreement): the district as an official Kreis code, an
 * optional survey wave, the sector group instead of the sector, the business's answers about its
 * surroundings as codes, and how many planned steps per field are done. The rules the JSON Schema
 * cannot say (the district lies in the state, nothing twice, done ≤ planned) are checked here too,
 * as the collector does.
 */
export const payloadSchemaV2 = refine(
  object({
    payloadVersion: literal(2),
    key: string({ pattern: UUID_V4, format: 'uuid' }),
    questionnaire: string({ max: 100, pattern: QUESTIONNAIRE_REF, format: 'questionnaire-ref' }),
    month: string({ pattern: MONTH, format: 'month' }),
    state: oneOf(STATE_CODES),
    district: optional(string({ pattern: DISTRICT_CODE, format: 'district-code' })),
    campaign: optional(string({ pattern: CAMPAIGN_CODE, format: 'campaign' })),
    sectorGroup: oneOf(SECTOR_GROUPS),
    employees: oneOf(EMPLOYEE_CLASSES),
    overall: object({ score: score(), level: levelNumber() }),
    dimensions: array(object({ dimension: dimensionId(), score: score(), level: levelNumber() }), { max: 7 }),
    context: optional(array(object({ question: code(), answer: code() }), { max: 40 })),
    plan: optional(array(object({ dimension: dimensionId(), planned: number({ min: 0, max: 100, integer: true }), done: number({ min: 0, max: 100, integer: true }) }), { max: 7 })),
  }),
  (payload, problem) => {
    if (payload.district !== undefined && STATE_OF_AGS_PREFIX[payload.district.slice(0, 2)] !== payload.state) {
      problem('$.district', 'district-outside-state', { district: payload.district, state: payload.state })
    }
    const twice = (values: string[], path: string) =>
      values.forEach((value, index) => values.indexOf(value) !== index && problem(`${path}[${index}]`, 'duplicate', { value, first: `${path}[${values.indexOf(value)}]` }))
    twice(payload.dimensions.map((entry) => entry.dimension), '$.dimensions')
    twice((payload.context ?? []).map((entry) => entry.question), '$.context')
    twice((payload.plan ?? []).map((entry) => entry.dimension), '$.plan')
    payload.plan?.forEach((entry, index) => entry.done > entry.planned && problem(`$.plan[${index}].done`, 'above-max', { value: entry.done, max: entry.planned }))
  },
)

export type SubmissionPayloadV2 = Infer<typeof payloadSchemaV2>
