/**
 * The export file: handover files, backups and a business's self-assessment all use it; `scope`
 * says which of them a file is, so the import can check it holds what it claims.
 */

/** The `format` of every export file: tells it apart from any other JSON file. */
export const EXPORT_FORMAT = 'reifegrad-export'

/**
 * `company`: one client business and its checks (consultant handover); `all`: every company and
 * check on the device (backup); `self-assessment`: one completed check of a business without a
 * company record, sent by the business to its consultant.
 */
export const EXPORT_SCOPES = ['company', 'all', 'self-assessment'] as const
export type ExportScope = (typeof EXPORT_SCOPES)[number]

/** The most records of one kind a file may hold (a backup of 5,000 checks is far below). */
export const MAX_RECORDS_PER_FILE = 100_000

/**
 * Files above this size are refused before they are parsed. A backup of 5,000 fully answered checks
 * of the flagship questionnaire in 500 companies is about 24 MB (measured by `npm run bench`); the
 * cap leaves room for notes, while a 50 MB file is refused outright and cannot tie up the browser.
 */
export const DEFAULT_MAX_IMPORT_BYTES = 40 * 1024 * 1024
