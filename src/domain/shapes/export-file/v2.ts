import { array, boolean, literal, object, refine, type Infer } from '../../schema/kit'
import { planSchemaV1 } from '../plan/v1'
import { assessmentSchemaV2, up as upAssessment } from '../assessment/v2'
import { companySchemaV2, up as upCompany } from '../company/v2'
import { MAX_RECORDS_PER_FILE } from './constants'
import { exportFileFieldsV1, fileRules, type ExportFileV1 } from './v1'

/**
 * Version 2: records of version 2 (profile version 2), the Maßnahmenpläne of the file's completed
 * checks, and whether the consultant's notes on questions are in the file (they stay out unless the
 * user chooses them; the checks then carry none, and an import keeps the notes already stored).
 */
export const exportFileSchemaV2 = refine(
  object({
    ...exportFileFieldsV1,
    formatVersion: literal(2),
    includesNotes: boolean(),
    companies: array(companySchemaV2, { max: MAX_RECORDS_PER_FILE }),
    assessments: array(assessmentSchemaV2, { max: MAX_RECORDS_PER_FILE }),
    plans: array(planSchemaV1, { max: MAX_RECORDS_PER_FILE }),
  }),
  fileRules,
)

export type ExportFileV2 = Infer<typeof exportFileSchemaV2>

/** Version 1 → 2: every record migrated by its own shape. */
export function up(old: ExportFileV1): ExportFileV2 {
  return { ...old, formatVersion: 2, includesNotes: true, companies: old.companies.map(upCompany), assessments: old.assessments.map(upAssessment), plans: [] }
}
