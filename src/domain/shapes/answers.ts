import { MAX_ENTRIES, MAX_TEXT_LENGTH } from '../schema/fields'
import { custom, isPlainObject, isSafeKey, record, report } from '../schema/kit'

/**
 * A stored answer. Absent key = unanswered. `{ na: true }` = "trifft nicht zu / keine Angabe",
 * which takes the question out of the denominator instead of counting as zero.
 * single: option id; multiple: option ids; yesno: boolean; number: number; text: string.
 */
export type AnswerValue = string | string[] | boolean | number | NotApplicable

export interface NotApplicable {
  na: true
}

export type Answers = Record<string, AnswerValue>

/** True for "trifft nicht zu / keine Angabe". */
export function isNotApplicable(value: unknown): value is NotApplicable {
  return isPlainObject(value) && value.na === true
}

/**
 * One answer, rebuilt: option ids lose duplicates, `{ na: true }` loses nothing but must carry
 * nothing else in an import (stored data drops extra keys).
 */
export const answerValue = () =>
  custom<AnswerValue>((value, path, context) => {
    if (typeof value === 'string') {
      return value.length <= MAX_TEXT_LENGTH ? value : report(context, path, 'too-long', { length: value.length, max: MAX_TEXT_LENGTH })
    }
    if (typeof value === 'boolean') return value
    if (typeof value === 'number') return Number.isFinite(value) ? value : report(context, path, 'answer-shape')
    if (Array.isArray(value)) {
      if (value.length > MAX_ENTRIES) return report(context, path, 'too-many', { count: value.length, max: MAX_ENTRIES })
      if (!value.every((item) => typeof item === 'string' && isSafeKey(item))) return report(context, path, 'answer-shape')
      return [...new Set(value as string[])]
    }
    if (isNotApplicable(value) && (context.unknownKeys === 'drop' || Object.keys(value).length === 1)) return { na: true }
    return report(context, path, 'answer-shape')
  })

/** Answers by question id. */
export const answersSchema = () => record(answerValue(), { max: MAX_ENTRIES })
