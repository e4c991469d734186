import { issue, type ValidationIssue } from '../validation-issue'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-file'
import { MAX_ENTRIES } from '../assessment/record-fields'
import { MAX_IMPORT_DEPTH, type LimitBreach } from './json-limits'
import { locateJsonError } from './json-syntax'

/** The messages for a file that cannot be read as an export file at all. */

const MEGABYTE = 1024 * 1024
const megabytesDe = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })
const megabytesEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

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

/** A file above the size limit; named with both sizes so the user knows what is allowed. */
export function tooLargeIssue(bytes: number, maxBytes: number): ValidationIssue {
  return issue(
    '$',
    `Die Datei ist zu groß (${sizeDe(bytes)}). Importiert werden können Dateien bis ${sizeDe(maxBytes)}.`,
    `The file is too large (${sizeEn(bytes)}). Files of up to ${sizeEn(maxBytes)} can be imported.`,
  )
}

const sizeDe = (bytes: number) => (bytes < MEGABYTE ? `${Math.ceil(bytes / 1024)} KB` : `${megabytesDe.format(bytes / MEGABYTE)} MB`)
const sizeEn = (bytes: number) => (bytes < MEGABYTE ? `${Math.ceil(bytes / 1024)} KB` : `${megabytesEn.format(bytes / MEGABYTE)} MB`)

/** Text that is not JSON, with the line and column where it breaks. */
export function invalidJsonIssue(text: string): ValidationIssue {
  const where = locateJsonError(text)
  if (where === null) return issue('$', 'Die Datei ist kein gültiges JSON.', 'The file is not valid JSON.')
  const place = {
    de: `Zeile ${where.line}, Spalte ${where.column} (Position ${where.offset})`,
    en: `line ${where.line}, column ${where.column} (position ${where.offset})`,
  }
  if (where.atEnd) {
    return issue(
      '$',
      `Kein gültiges JSON: Die Datei endet unerwartet in ${place.de}; sie ist wohl unvollständig.`,
      `Not valid JSON: the file ends unexpectedly at ${place.en}; it is probably incomplete.`,
    )
  }
  const char = text.charAt(where.offset)
  // Control characters are shown escaped (`"\u0000"`); anything else as itself, in quotation marks.
  const found = char.charCodeAt(0) < 0x20 ? { de: JSON.stringify(char), en: JSON.stringify(char) } : { de: `„${char}“`, en: `“${char}”` }
  return issue(
    '$',
    `Kein gültiges JSON: unerwartetes Zeichen ${found.de} in ${place.de}.`,
    `Not valid JSON: unexpected character ${found.en} at ${place.en}.`,
  )
}

/** JSON nested far deeper, or with far more entries in one place, than any export file. */
export function limitIssue(breach: LimitBreach): ValidationIssue {
  if (breach.kind === 'depth') {
    return issue(
      breach.path,
      `Die Datei ist zu tief verschachtelt (mehr als ${MAX_IMPORT_DEPTH} Ebenen) und kann keine Reifegrad-Exportdatei sein.`,
      `The file is nested too deeply (more than ${MAX_IMPORT_DEPTH} levels) to be a Reifegrad export file.`,
    )
  }
  return issue(
    breach.path,
    `Zu viele Einträge (mehr als ${MAX_ENTRIES}); so viele kann keine Reifegrad-Exportdatei hier enthalten.`,
    `Too many entries (more than ${MAX_ENTRIES}); no Reifegrad export file holds that many here.`,
  )
}

/** JSON that is not a Reifegrad export (another app's file, a questionnaire, …). */
export function notAnExportIssue(input: unknown): ValidationIssue {
  const expected = `"format": "${EXPORT_FORMAT}"`
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('format' in input)) {
    return issue(
      '$',
      `Keine Reifegrad-Exportdatei: erwartet wird ein JSON-Objekt mit ${expected}.`,
      `Not a Reifegrad export file: expected a JSON object with ${expected}.`,
    )
  }
  const found = JSON.stringify(input.format)?.slice(0, 60) ?? String(input.format)
  return issue(
    '$.format',
    `Keine Reifegrad-Exportdatei: format ist ${found}, erwartet wird "${EXPORT_FORMAT}".`,
    `Not a Reifegrad export file: format is ${found}, expected "${EXPORT_FORMAT}".`,
  )
}

/** A format version this app cannot read; a newer one asks the user to update the app. */
export function formatVersionIssue(version: unknown): ValidationIssue {
  const supported = EXPORT_FORMAT_VERSION
  if (typeof version === 'number' && Number.isInteger(version) && version > supported) {
    return issue(
      '$.formatVersion',
      `Dateiformat-Version ${version} wird nicht unterstützt. Diese Version von Reifegrad liest Version ${supported}; bitte aktualisieren Sie Reifegrad, um die Datei zu importieren.`,
      `File format version ${version} is not supported. This version of Reifegrad reads version ${supported}; please update Reifegrad to import the file.`,
    )
  }
  if (version === undefined) {
    return issue('$.formatVersion', `Die Dateiformat-Version fehlt (erwartet: ${supported}).`, `The file format version is missing (expected: ${supported}).`)
  }
  const found = JSON.stringify(version)?.slice(0, 60) ?? String(version)
  return issue(
    '$.formatVersion',
    `Dateiformat-Version ${found} wird nicht unterstützt; unterstützt wird Version ${supported}.`,
    `File format version ${found} is not supported; version ${supported} is supported.`,
  )
}
