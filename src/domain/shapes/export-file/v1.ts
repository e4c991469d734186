import { recordId, timestamp } from '../../schema/fields'
import { array, literal, object, oneOf, refine, type Infer } from '../../schema/kit'
import { assessmentSchemaV1 } from '../assessment/v1'
import { companySchemaV1 } from '../company/v1'
import { EXPORT_FORMAT, EXPORT_SCOPES, MAX_RECORDS_PER_FILE } from './constants'
import { fileRuleIssues } from './file-rules'
import type { Issue } from '../../schema/issue'

/**
 * The export file, version 1 as released: a JSON envelope around plain company and assessment
 * records (version 1), exactly as they are stored.
 */
export const exportFileFieldsV1 = {
  format: literal(EXPORT_FORMAT),
  formatVersion: literal(1),
  /** When the file was made (ISO 8601, UTC). */
  exportedAt: timestamp(),
  /** The version of the scoring rules of the app that made the file. */
  app: object({ engineVersion: recordId() }),
  scope: oneOf(EXPORT_SCOPES),
  companies: array(companySchemaV1, { max: MAX_RECORDS_PER_FILE }),
  assessments: array(assessmentSchemaV1, { max: MAX_RECORDS_PER_FILE }),
}

/** The rules across a file's records, as a refinement (see file-rules.ts). */
export function fileRules(file: Parameters<typeof fileRuleIssues>[0], problem: (path: string, code: Issue['code'], params?: Issue['params']) => void): void {
  for (const found of fileRuleIssues(file)) problem(found.path, found.code, found.params)
}

export const exportFileSchemaV1 = refine(object(exportFileFieldsV1), fileRules)

export type ExportFileV1 = Infer<typeof exportFileSchemaV1>
