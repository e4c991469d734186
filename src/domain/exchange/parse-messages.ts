import { issue, type Issue } from '../schema/issue'
import { MAX_ENTRIES } from '../schema/fields'
import { EXPORT_FORMAT } from '../shapes/export-file'
import { MAX_IMPORT_DEPTH, type LimitBreach } from './json-limits'
import { locateJsonError } from './json-syntax'

/** The issues of a file that cannot be read as an export file at all. */

const MEGABYTE = 1024 * 1024

/** The number of bytes `text` takes as UTF-8 (what the file on disk took), without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character of four bytes.
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** A file above the size limit; named with both sizes (in MB) so the user knows what is allowed. */
export function tooLargeIssue(bytes: number, maxBytes: number): Issue {
  // Rounded up for the file, down for the limit: a file just over the limit never reads "40 MB … up to 40 MB".
  const size = Math.ceil((bytes / MEGABYTE) * 10) / 10
  const max = Math.floor((maxBytes / MEGABYTE) * 10) / 10
  return issue('$', 'file-too-large', { size: size > max ? size : Math.round((max + 0.1) * 10) / 10, max })
}

/** Text that is not JSON, with the line and column where it breaks. */
export function invalidJsonIssue(text: string): Issue {
  const where = locateJsonError(text)
  if (where === null) return issue('$', 'json-invalid')
  const place = { line: where.line, column: where.column, offset: where.offset }
  if (where.atEnd) return issue('$', 'json-ends-early', place)
  const char = text.charAt(where.offset)
  // Control characters are shown escaped (`\u0000`); anything else as itself.
  return issue('$', 'json-unexpected-character', { ...place, char: char.charCodeAt(0) < 0x20 ? JSON.stringify(char).slice(1, -1) : char })
}

/** JSON nested far deeper, or with far more entries in one place, than any export file. */
export function limitIssue(breach: LimitBreach): Issue {
  return breach.kind === 'depth'
    ? issue(breach.path, 'json-too-deep', { max: MAX_IMPORT_DEPTH })
    : issue(breach.path, 'json-too-many-entries', { max: MAX_ENTRIES })
}

/** JSON that is not a Reifegrad export (another app's file, a questionnaire, …). */
export function notAnExportIssue(): Issue {
  return issue('$', 'not-an-export', { expected: EXPORT_FORMAT })
}
