import { DIMENSION_IDS, LEVEL_NUMBERS } from '../indicator-fields'
import { normalizeTimestamp } from '../timestamps'
import { isIsoDate } from '../iso-date'
import { custom, object, oneOf, report, string, type Schema } from './kit'

/** Building blocks that several shapes share. */

/** The longest id (of a record, a question, a questionnaire version) any shape accepts. */
export const MAX_ID_LENGTH = 200
/** The longest text (an answer, a note) any shape accepts. */
export const MAX_TEXT_LENGTH = 20_000
/** The most entries of one dictionary or list inside a record. */
export const MAX_ENTRIES = 5_000

/** Ids in files: lower-case letters, digits and hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/

/** A record id or another key: 1 to MAX_ID_LENGTH characters. */
export const recordId = () => string({ min: 1, max: MAX_ID_LENGTH })

/** An id as authors write them in data files (`ID_PATTERN`). */
export const fileId = () => string({ min: 1, max: MAX_ID_LENGTH, pattern: ID_PATTERN, format: 'id' })

/** A text of at most `max` characters (may be empty). */
export const text = (max = MAX_TEXT_LENGTH) => string({ max })

/**
 * An ISO 8601 date-time with a zone, rebuilt in the canonical form of `toISOString()`: the
 * database orders lists by these strings, and only one format sorts like time.
 */
export const timestamp = (): Schema<string, false> =>
  custom((value, path, context) => {
    const normalized = typeof value === 'string' && value.length <= 40 ? normalizeTimestamp(value) : null
    return normalized ?? report(context, path, 'timestamp')
  })

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = (): Schema<string, false> =>
  custom((value, path, context) => (typeof value === 'string' && isIsoDate(value) ? value : report(context, path, 'date')))

export const levelNumber = () => oneOf(LEVEL_NUMBERS)
export const dimensionId = () => oneOf(DIMENSION_IDS)

/** A `{ de, en }` text of a content file; both languages present and not blank. */
export const localizedText = (max = MAX_TEXT_LENGTH) =>
  object({ de: string({ max, nonBlank: true }), en: string({ max, nonBlank: true }) })
