import { issue, quote, sortIssues, type Issue } from '../schema/issue'
import { isPlainObject } from '../schema/kit'
import { DEFAULT_MAX_IMPORT_BYTES, EXPORT_FORMAT, exportFileShape, type ExportFile } from '../shapes/export-file'
import { findLimitBreach } from './json-limits'
import { invalidJsonIssue, limitIssue, notAnExportIssue, tooLargeIssue, utf8Length } from './parse-messages'

/** A parsed export file (migrated to the current format), or every problem found. */
export type ImportParseResult = { ok: true; file: ExportFile } | { ok: false; errors: Issue[] }

/** Limits of the import parse. */
export interface ImportParseOptions {
  /** Larger files are refused before parsing; defaults to `DEFAULT_MAX_IMPORT_BYTES`. */
  maxBytes?: number
  /**
   * Whether this app has a questionnaire `id@version`: a check of one it does not have could not be
   * opened, so the file is refused. Absent: not checked.
   */
  hasQuestionnaire?: (reference: string) => boolean
}

/**
 * Reads an export file from its text. The size is checked before anything is parsed; then the
 * nesting and entry limits, the format and its version (a newer one is refused with a request to
 * update the app, an older one is migrated), the envelope, every record (strictly: unknown keys,
 * `__proto__` and over-long texts are problems, at most MAX_LISTED_ISSUES of them, each with a
 * clipped message) and the rules across records. On success every record has been rebuilt from
 * allowed keys only.
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
  if (!isPlainObject(input) || !('format' in input)) return fail(notAnExportIssue())
  if (input.format !== EXPORT_FORMAT) return fail(issue('$.format', 'export-format-other', { found: quote(input.format), expected: EXPORT_FORMAT }))

  const parsed = exportFileShape.parse(input)
  if (!parsed.ok) return { ok: false, errors: sortIssues(parsed.issues) }
  const unknown = unknownQuestionnaireIssues(parsed.value, options.hasQuestionnaire)
  return unknown.length > 0 ? { ok: false, errors: unknown } : { ok: true, file: parsed.value }
}

function fail(problem: Issue): ImportParseResult {
  return { ok: false, errors: [problem] }
}

function unknownQuestionnaireIssues(file: ExportFile, hasQuestionnaire: ImportParseOptions['hasQuestionnaire']): Issue[] {
  if (!hasQuestionnaire) return []
  const issues: Issue[] = []
  file.assessments.forEach((assessment, index) => {
    const reference = `${assessment.questionnaireId}@${assessment.questionnaireVersion}`
    if (!hasQuestionnaire(reference)) {
      issues.push(issue(`$.assessments[${index}].questionnaireVersion`, 'unknown-questionnaire', { questionnaire: quote(reference) }))
    }
  })
  return issues.slice(0, 20)
}
