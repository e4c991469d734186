import * as yup from 'yup'
import { EMPLOYEE_CLASSES, SECTOR_CODES, STATE_CODES } from '../profile/profile-fields'
import { parseCompanyRecord } from '../assessment/record-validation'
import { timestamp } from '../assessment/timestamps'
import type { CompanyRecord } from '../assessment/types'
import { nonBlankString, strictObject } from '../schema-helpers'
import { issue, type ValidationIssue } from '../validation-issue'
import { sortIssues } from '../yup-issues'
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from './export-file'
import { recordId, schemaIssues, text } from './field-rules'

const companySchema = strictObject({
  schemaVersion: yup.number().required().oneOf([1] as const),
  id: recordId(),
  name: nonBlankString().concat(text(MAX_NAME_LENGTH)),
  state: yup.string().oneOf(STATE_CODES).nullable().defined(),
  sector: yup.string().oneOf(SECTOR_CODES).nullable().defined(),
  employees: yup.string().oneOf(EMPLOYEE_CLASSES).nullable().defined(),
  contactNotes: text(MAX_NOTE_LENGTH),
  createdAt: timestamp(),
  updatedAt: timestamp(),
})

/** The outcome of checking one imported record: the rebuilt record, or what is wrong with it. */
export type RecordCheck<T> = { ok: true; record: T } | { ok: false; errors: ValidationIssue[] }

/**
 * Checks one imported company at `path` strictly (unknown keys are errors, texts have length
 * caps) and returns it rebuilt by `parseCompanyRecord`, so only allowed keys are ever kept.
 */
export function checkImportedCompany(value: unknown, path: string): RecordCheck<CompanyRecord> {
  const errors = schemaIssues(companySchema, value, path)
  if (errors.length > 0) return { ok: false, errors: sortIssues(errors) }
  const record = parseCompanyRecord(value)
  if (record) return { ok: true, record }
  return { ok: false, errors: [issue(path, 'Der Betrieb ist ungültig', 'The business record is invalid')] }
}
