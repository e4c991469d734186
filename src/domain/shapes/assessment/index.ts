import { versionedShape } from '../../schema/versions'
import { assessmentSchemaV1 } from './v1'
import { assessmentSchemaV2, up as upToV2, type AssessmentV2 } from './v2'

/**
 * The assessment shape: every released version and the migrations between them. Storage reads and
 * imports go through `assessmentShape`, so a check written by any earlier version of the app opens.
 */
export type AssessmentRecord = AssessmentV2
export type AssessmentStatus = AssessmentRecord['status']

/** The schema of the version the app writes now. */
export const assessmentSchema = assessmentSchemaV2

export const assessmentShape = versionedShape<AssessmentRecord>('schemaVersion', [
  { version: 1, schema: assessmentSchemaV1 },
  { version: 2, schema: assessmentSchemaV2, up: upToV2 },
])

export const ASSESSMENT_VERSION: AssessmentRecord['schemaVersion'] = 2

export { targetsSchema } from './v1'
export type Targets = AssessmentRecord['targets']
