import type { AssessmentRecord, CompanyRecord } from '../assessment/types'
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../assessment/record-fields'

/**
 * The export file format, version 1: a JSON envelope around plain company and assessment records,
 * exactly as they are stored. Handover files, backups and a business's self-assessment all use it;
 * `scope` says which of them a file is, so the import can check it holds what it claims.
 */

/** The `format` of every export file: tells it apart from any other JSON file. */
export const EXPORT_FORMAT = 'reifegrad-export'
/** The format version this app writes and reads; a change of the format is a new version. */
export const EXPORT_FORMAT_VERSION = 1

/**
 * Files above this size are refused before they are parsed. A backup of 5,000 fully answered checks
 * of the flagship questionnaire in 500 companies is about 24 MB (measured by `npm run bench`); the
 * cap leaves room for notes, while a 50 MB file is refused outright and cannot tie up the browser.
 */
export const DEFAULT_MAX_IMPORT_BYTES = 40 * 1024 * 1024

/** The longest company name an import accepts (the same cap the stored records have). */
export const MAX_NAME_LENGTH = MAX_ID_LENGTH
/** The longest note (per question, or a company's contact notes) an import accepts. */
export const MAX_NOTE_LENGTH = MAX_TEXT_LENGTH

/**
 * `company`: one client business and its checks (consultant handover); `all`: every company and
 * check on the device (backup); `self-assessment`: one completed check of a business without a
 * company record, sent by the business to its consultant.
 */
export type ExportScope = 'company' | 'all' | 'self-assessment'

/** Every scope, for validation. */
export const EXPORT_SCOPES: readonly ExportScope[] = ['company', 'all', 'self-assessment']

/** One export file, as written and as returned by a successful import parse. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT
  formatVersion: typeof EXPORT_FORMAT_VERSION
  /** When the file was made (ISO 8601, UTC). */
  exportedAt: string
  /** The version of the scoring rules of the app that made the file. */
  app: { engineVersion: string }
  scope: ExportScope
  companies: CompanyRecord[]
  assessments: AssessmentRecord[]
}
