import { DIMENSION_IDS } from '../questionnaire/dimension-ids'

// Re-exported for modules that take their record building blocks from here.
export { DIMENSION_IDS }
import * as yup from 'yup'
import type { AnswerValue, Answers, LevelNumber } from '../questionnaire/types'
import {
  EMPLOYEE_CLASSES,
  ROLE_CODES,
  SECTOR_CODES,
  STATE_CODES,
  TURNOVER_CLASSES,
  type Profile,
} from '../profile/profile-fields'
import type { Targets } from '../scoring/targets'

/**
 * Building blocks for validating stored and imported records. Checks (`is…`, yup schemas) say
 * whether a value has the right shape; copies (`copy…`) then rebuild it from allowed keys only,
 * so nothing unknown from the input (extra keys, `__proto__`, getters) reaches the app's state.
 */

/** Sanity caps: far above anything the app writes, low enough that a hostile file stays small. */
export const MAX_ID_LENGTH = 200
export const MAX_TEXT_LENGTH = 20_000
export const MAX_ENTRIES = 5_000

export const LEVEL_NUMBERS: readonly LevelNumber[] = [1, 2, 3, 4, 5]

/** True for a maturity level 1..5. */
export function isLevelNumber(value: unknown): value is LevelNumber {
  return LEVEL_NUMBERS.includes(value as LevelNumber)
}

/** Keys that would reach a prototype or constructor when assigned to a plain object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** True for a key that may be copied into a rebuilt dictionary (answers, notes). */
export function isSafeKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_ID_LENGTH && !FORBIDDEN_KEYS.has(key)
}

/** True for a plain `{}`-like object (not an array, date, map or class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

export const id = () => yup.string().required().max(MAX_ID_LENGTH)

/** True for a stored answer: option id, option ids, yes/no, finite number, text or N/A. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  if (typeof value === 'string') return value.length <= MAX_TEXT_LENGTH
  if (typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) {
    return value.length <= MAX_ENTRIES && value.every((item) => typeof item === 'string' && isSafeKey(item))
  }
  return isPlainObject(value) && value.na === true
}

/** A fresh copy of a valid answer; `{ na: true }` loses any extra keys, option ids lose duplicates. */
export function copyAnswerValue(value: AnswerValue): AnswerValue {
  if (Array.isArray(value)) return [...new Set(value)]
  if (typeof value === 'object') return { na: true }
  return value
}

function isDictionaryOf(value: unknown, isEntry: (entry: unknown) => boolean): boolean {
  if (!isPlainObject(value)) return false
  const entries = Object.entries(value)
  return entries.length <= MAX_ENTRIES && entries.every(([key, entry]) => !isSafeKey(key) || isEntry(entry))
}

/** Answers by question id; entries under unsafe keys are ignored (and dropped by `copyAnswers`). */
export const answersSchema = () =>
  yup.mixed<Answers>((value): value is Answers => isDictionaryOf(value, isAnswerValue)).defined()

/** A rebuilt answers map: safe keys only, every value copied. */
export function copyAnswers(answers: Answers): Answers {
  const copy: Answers = {}
  for (const [questionId, value] of Object.entries(answers)) {
    if (isSafeKey(questionId)) copy[questionId] = copyAnswerValue(value)
  }
  return copy
}

const isShortText = (value: unknown) => typeof value === 'string' && value.length <= MAX_TEXT_LENGTH

/** A text per key (notes per question id). */
export const textsSchema = () =>
  yup.mixed<Record<string, string>>((value): value is Record<string, string> => isDictionaryOf(value, isShortText)).defined()

/** A rebuilt text dictionary with safe keys only. */
export function copyTexts(texts: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {}
  for (const [key, text] of Object.entries(texts)) {
    if (isSafeKey(key)) copy[key] = text
  }
  return copy
}

/** Target levels by dimension; keys that are no dimension are ignored (and dropped by `copyTargets`). */
export const targetsSchema = () =>
  yup
    .mixed<Targets>((value): value is Targets => isPlainObject(value))
    .defined()
    .test('levels', 'invalid target level', (value) =>
      DIMENSION_IDS.every((dimension) => {
        const level: unknown = value[dimension]
        return level === undefined || isLevelNumber(level)
      }),
    )

/** Rebuilt targets holding only the seven dimensions. */
export function copyTargets(targets: Targets): Targets {
  const copy: Targets = {}
  for (const dimension of DIMENSION_IDS) {
    const level = targets[dimension]
    if (level !== undefined) copy[dimension] = level
  }
  return copy
}

/** The standard profile; every field optional, codes from `profile-fields.ts`. */
export const profileSchema = () =>
  yup
    .object({
      state: yup.string().oneOf(STATE_CODES),
      district: yup.string().max(MAX_ID_LENGTH),
      sector: yup.string().oneOf(SECTOR_CODES),
      employees: yup.string().oneOf(EMPLOYEE_CLASSES),
      headcount: yup.number().integer().min(0).max(10_000_000),
      turnover: yup.string().oneOf(TURNOVER_CLASSES),
      apprentices: yup.boolean(),
      role: yup.string().oneOf(ROLE_CODES),
    })
    .required()

/** A rebuilt profile that holds only the fields present. */
export function copyProfile(profile: Profile): Profile {
  const copy: Profile = {}
  if (profile.state !== undefined) copy.state = profile.state
  if (profile.district !== undefined) copy.district = profile.district
  if (profile.sector !== undefined) copy.sector = profile.sector
  if (profile.employees !== undefined) copy.employees = profile.employees
  if (profile.headcount !== undefined) copy.headcount = profile.headcount
  if (profile.turnover !== undefined) copy.turnover = profile.turnover
  if (profile.apprentices !== undefined) copy.apprentices = profile.apprentices
  if (profile.role !== undefined) copy.role = profile.role
  return copy
}

/**
 * A deep copy of JSON-like data (for opaque values such as an outbox payload): plain objects,
 * arrays, strings, finite numbers, booleans and null; unsafe keys are dropped. Undefined for
 * anything else or when nested deeper than `maxDepth`.
 */
export function copyJsonData(value: unknown, maxDepth = 32): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (maxDepth <= 0) return undefined
  if (Array.isArray(value)) {
    const items = value.map((item) => copyJsonData(item, maxDepth - 1))
    return items.includes(undefined) ? undefined : items
  }
  if (!isPlainObject(value)) return undefined
  const copy: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (!isSafeKey(key)) continue
    const entryCopy = copyJsonData(entry, maxDepth - 1)
    if (entryCopy === undefined) return undefined
    copy[key] = entryCopy
  }
  return copy
}

