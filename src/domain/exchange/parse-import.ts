import * as yup from 'yup'
import { isPlainObject } from '../assessment/record-fields'
import { copyTimestamp, timestamp } from '../assessment/timestamps'
import type { AssessmentRecord, CompanyRecord } from '../assessment/types'
import { strictObject } from '../schema-helpers'
import type { ValidationIssue } from '../validation-issue'
import { checkImportedAssessment } from './assessment-issues'
import { checkImportedCompany, type RecordCheck } from './company-issues'
import {
  DEFAULT_MAX_IMPORT_BYTES,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_SCOPES,
  type ExportFile,
} from './export-file'
import { recordId, schemaIssues } from './field-rules'
import { fileIssues } from './file-checks'
import { IssueList } from './issue-list'
import { findLimitBreach } from './json-limits'
import {
  formatVersionIssue,
  invalidJsonIssue,
  limitIssue,
  notAnExportIssue,
  tooLargeIssue,
  utf8Length,
} from './parse-messages'

/** A parsed export file, or every problem found (at most `MAX_LISTED_ISSUES` and a note). */
export type ImportParseResult = { ok: true; file: ExportFile } | { ok: false; errors: ValidationIssue[] }

/** Limits of the import parse. */
export interface ImportParseOptions {
  /** Larger files are refused before parsing; defaults to `DEFAULT_MAX_IMPORT_BYTES`. */
  maxBytes?: number
}

const envelopeSchema = strictObject({
  format: yup.string().required(),
  formatVersion: yup.number().required(),
  exportedAt: timestamp(),
  app: strictObject({ engineVersion: recordId() }).required(),
  scope: yup.string().required().oneOf(EXPORT_SCOPES),
  companies: yup.array().required(),
  assessments: yup.array().required(),
})

/**
 * Reads an export file from its text. The size is checked before anything is parsed; then the
 * format and its version, the envelope, every record (strictly: unknown keys, `__proto__` and
 * over-long texts are errors) and the rules across records. On success every record has been
 * rebuilt from allowed keys only; on failure each problem comes with its JSON path.
 */
export function parseImportFile(text: string, options: ImportParseOptions = {}): ImportParseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES
  // Each UTF-16 unit is at least one UTF-8 byte, so the cheap length check comes first.
  if (text.length > maxBytes) return fail(tooLargeIssue(text.length, maxBytes))
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text)
    if (bytes > maxBytes) return fail(tooLargeIssue(bytes, maxBytes))
  }
  // Editors on Windows may save a byte order mark, which JSON.parse does not accept.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  let input: unknown
  try {
    input = JSON.parse(json)
  } catch {
    return fail(invalidJsonIssue(json))
  }
  const breach = findLimitBreach(input)
  if (breach !== null) return fail(limitIssue(breach))
  if (!isPlainObject(input) || input.format !== EXPORT_FORMAT) return fail(notAnExportIssue(input))
  if (input.formatVersion !== EXPORT_FORMAT_VERSION) return fail(formatVersionIssue(input.formatVersion))

  const issues = new IssueList()
  issues.push(...schemaIssues(envelopeSchema, input, '$'))
  const companies = checkAll(input.companies, '$.companies', checkImportedCompany, issues)
  const assessments = checkAll(input.assessments, '$.assessments', checkImportedAssessment, issues)
  if (!issues.empty) return { ok: false, errors: issues.list() }

  const envelope = input as unknown as ExportFile
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: copyTimestamp(envelope.exportedAt),
    app: { engineVersion: envelope.app.engineVersion },
    scope: envelope.scope,
    companies,
    assessments,
  }
  issues.push(...fileIssues(file))
  return issues.empty ? { ok: true, file } : { ok: false, errors: issues.list() }
}

function fail(problem: ValidationIssue): ImportParseResult {
  return { ok: false, errors: [problem] }
}

// Checks every entry of a record list and returns the rebuilt valid ones; problems go to `issues`.
function checkAll<T extends CompanyRecord | AssessmentRecord>(
  list: unknown,
  path: string,
  check: (value: unknown, path: string) => RecordCheck<T>,
  issues: IssueList,
): T[] {
  if (!Array.isArray(list)) return []
  const records: T[] = []
  for (let index = 0; index < list.length && !issues.full; index++) {
    const checked = check(list[index], `${path}[${index}]`)
    if (checked.ok) records.push(checked.record)
    else issues.push(...checked.errors)
  }
  return records
}
