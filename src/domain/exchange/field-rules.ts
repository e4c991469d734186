import * as yup from 'yup'
import { ValidationError } from 'yup'
import { MAX_ID_LENGTH } from '../assessment/record-fields'
import { keySegment } from '../schema-helpers'
import { issue, type ValidationIssue } from '../validation-issue'
import { toJsonPath, yupErrorToIssues } from '../yup-issues'

/**
 * Small shared rules for checking imported records field by field, with messages that say what is
 * wrong and where. Paths are JSON paths (`$.assessments[3].answers`).
 */

const count = new Intl.NumberFormat('de-DE')
const countEn = new Intl.NumberFormat('en-GB')

/** The path of a key below `path`, e.g. `$.companies[0]` + `name`. */
export function childPath(path: string, key: string): string {
  return `${path}${keySegment(key)}`
}

/** The "too long" message for a text of `length` characters where `max` are allowed. */
export function tooLong(path: string, length: number, max: number): ValidationIssue {
  return issue(
    path,
    `Zu lang: ${count.format(length)} Zeichen, erlaubt sind höchstens ${count.format(max)}`,
    `Too long: ${countEn.format(length)} characters, at most ${countEn.format(max)} are allowed`,
  )
}

/** A text of at most `max` characters (may be empty); longer texts are reported with their length. */
export function text(max: number) {
  return yup
    .string()
    .defined()
    .test({ name: 'text-length', params: { max }, skipAbsent: true, test: (value) => value.length <= max })
}

/** A record id or questionnaire id/version: a non-empty text of at most `MAX_ID_LENGTH` characters. */
export function recordId() {
  return text(MAX_ID_LENGTH).required()
}

/** Runs a strict yup schema and returns its problems with paths below `path`. */
export function schemaIssues(schema: yup.Schema, value: unknown, path: string): ValidationIssue[] {
  try {
    schema.validateSync(value, { strict: true, abortEarly: false })
    return []
  } catch (error) {
    if (!ValidationError.isError(error)) throw error
    const errors = error.inner.length > 0 ? error.inner : [error]
    return errors.map((inner) => {
      const found = describeCustom(inner) ?? yupErrorToIssues(inner)[0] ?? issue('$', 'Ungültiger Wert', 'Invalid value')
      return { ...found, path: `${path}${found.path.slice(1)}` }
    })
  }
}

// Messages for the tests this module and `timestamps.ts` add; yup-issues knows only yup's own.
function describeCustom(error: ValidationError): ValidationIssue | null {
  const path = toJsonPath(error.path)
  const params = (error.params ?? {}) as { value?: unknown; max?: unknown }
  if (error.type === 'text-length' && typeof params.value === 'string') {
    return tooLong(path, params.value.length, Number(params.max))
  }
  if (error.type === 'timestamp') {
    return issue(
      path,
      'Kein gültiger Zeitpunkt: erwartet wird ISO 8601 mit Zeitzone, z. B. 2025-01-15T09:00:00.000Z',
      'Not a valid time: expected ISO 8601 with a time zone, e.g. 2025-01-15T09:00:00.000Z',
    )
  }
  if (error.type === 'level') {
    return issue(path, 'Die Stufe muss 1, 2, 3, 4, 5 oder null sein', 'The level must be 1, 2, 3, 4, 5 or null')
  }
  return null
}

/** The problem of a key that must never be copied into an object (`__proto__`, `constructor`, …). */
export function unsafeKey(path: string, key: string): ValidationIssue {
  return issue(
    childPath(path, key),
    `Unzulässiger Schlüssel „${key.slice(0, 40)}“`,
    `Key not allowed: “${key.slice(0, 40)}”`,
  )
}

/** The problem of a value that should be a JSON object and is not. */
export function notAnObject(path: string, what: { de: string; en: string }): ValidationIssue {
  return issue(path, `Erwartet wird ein Objekt (${what.de})`, `Expected an object (${what.en})`)
}
