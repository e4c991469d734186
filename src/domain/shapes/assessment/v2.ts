import { literal, object, refine, type Infer } from '../../schema/kit'
import { profileSchemaV2, upProfile } from '../profile/v2'
import { assessmentFieldsV1, completionRule, type AssessmentV1 } from './v1'

/** Version 2: the profile is version 2 (district code, sector groups of every trade, FTE, trade tax). */
export const assessmentSchemaV2 = refine(
  object({ ...assessmentFieldsV1, schemaVersion: literal(2), profile: profileSchemaV2 }),
  completionRule,
)

export type AssessmentV2 = Infer<typeof assessmentSchemaV2>

/** Version 1 → 2: only the profile changes. */
export function up(old: AssessmentV1): AssessmentV2 {
  return { ...old, schemaVersion: 2, profile: upProfile(old.profile) }
}
