import { DIMENSION_IDS } from '../indicator-fields'
import { MEASURE_KINDS } from '../measure-kinds'
import { fileId, isoDate, localizedText } from '../schema/fields'
import { array, boolean, discriminated, literal, number, object, oneOf, optional, pathString, refine, string, type Schema } from '../schema/kit'
import { versionedShape } from '../schema/versions'
import { PROFILE_FIELDS } from '../shapes/profile'
import type { Question, Questionnaire } from './types'

/**
 * The structure of questionnaire files, format 1 and format 2, as schemas. Rules across fields
 * (ids unique, references, levels, bands, points by scope) are in `semantic-checks.ts`;
 * `questionnaires/schema/questionnaire.schema.json` mirrors this for authors.
 */

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
const MAX_QUESTIONS = 1000
const MAX_OPTIONS = 50

export const QUESTION_TYPES = ['single', 'multiple', 'yesno', 'number', 'text'] as const
export const PROFILE_FIELD_IDS = Object.keys(PROFILE_FIELDS) as (keyof typeof PROFILE_FIELDS)[]
/** Format 1 was written against profile version 1, which had none of the later fields. */
const PROFILE_FIELD_IDS_V1 = PROFILE_FIELD_IDS.filter((field) => !['fte', 'tradeTax', 'districtName'].includes(field))

const text = () => localizedText()
const points = () => number()
const stepRefs = () => optional(array(fileId(), { max: 20 }))

const common = {
  id: fileId(),
  dimension: oneOf(DIMENSION_IDS),
  topic: optional(fileId()),
  text: text(),
  help: optional(text()),
  weight: optional(number({ above: 0 })),
  required: optional(boolean()),
  visibleIf: optional(string({ max: 4000 })),
}

function questionSchemas(format: 1 | 2) {
  const v2 = format === 2
  const base = v2
    ? {
        ...common,
        scope: oneOf(['firm', 'context'] as const),
        sources: optional(array(object({ title: string({ min: 1, max: 300 }), url: string({ min: 1, max: 500, pattern: /^https:\/\//, format: 'https-url' }), date: isoDate() }), { max: 10 })),
      }
    : common
  // Format 2 leaves points out on context questions and "not relevant" options; format 1 needs them everywhere.
  const optionPoints = v2 ? optional(points()) : points()
  const option = object({
    id: fileId(),
    text: text(),
    points: optionPoints,
    exclusive: optional(boolean()),
    ...(v2 ? { notRelevant: optional(boolean()), steps: stepRefs(), stepsIfNotChosen: stepRefs() } : {}),
  })
  const options = () => array(option, { min: 2, max: MAX_OPTIONS })
  const band = object({ min: number(), points: optionPoints, label: text(), ...(v2 ? { steps: stepRefs() } : {}) })
  const yesNoPoints = object({ yes: points(), no: points() })
  return discriminated('type', {
    single: object({ ...base, type: literal('single'), options: options() }),
    multiple: object({ ...base, type: literal('multiple'), options: options(), maxPoints: v2 ? optional(number({ above: 0 })) : number({ above: 0 }) }),
    yesno: object({ ...base, type: literal('yesno'), points: v2 ? optional(yesNoPoints) : yesNoPoints, ...(v2 ? { stepsIfNo: stepRefs() } : {}) }),
    number: object({ ...base, type: literal('number'), unit: text(), min: number(), max: number(), bands: array(band, { min: 1, max: MAX_OPTIONS }) }),
    text: object({ ...base, type: literal('text') }),
  })
}

const dimension = object({
  id: oneOf(DIMENSION_IDS),
  title: text(),
  description: text(),
  weight: number({ above: 0 }),
  advice: array(object({ meaning: text(), nextStep: text() }), { max: 10 }),
})

const level = object({ level: number({ integer: true }), minScore: number({ min: 0, max: 100 }), name: text(), text: text() })

const nextStep = object({
  id: fileId(),
  text: text(),
  effortHours: number({ above: 0, max: 10_000 }),
  costBand: oneOf(['none', 'low', 'medium', 'high'] as const),
  quickWin: boolean(),
  measureKinds: array(oneOf(MEASURE_KINDS), { min: 1, max: MEASURE_KINDS.length }),
})

function fileFields(format: 1 | 2) {
  return {
    $schema: optional(string({ max: 500 })),
    formatVersion: literal(format),
    id: fileId(),
    version: string({ max: 50, pattern: SEMVER, format: 'semver' }),
    title: text(),
    description: text(),
    profileFields: refine(array(oneOf(format === 1 ? PROFILE_FIELD_IDS_V1 : PROFILE_FIELD_IDS), { max: PROFILE_FIELD_IDS.length + 5 }), (fields, problem, path) =>
      fields.forEach((field, index) => {
        const first = fields.indexOf(field)
        if (first !== index) problem({ parent: path, key: index }, 'duplicate', { value: field, first: pathString({ parent: path, key: first }) })
      }),
    ),
    dimensions: array(dimension, { min: 1, max: DIMENSION_IDS.length + 5 }),
    topics: array(object({ id: fileId(), title: text() }), { max: 200 }),
    levels: array(level, { max: 10 }),
    questions: array(questionSchemas(format), { min: 1, max: MAX_QUESTIONS }),
  }
}

/** Format 1 as released: every question scored, the duration given by the author. */
export const questionnaireFormatV1 = object({ ...fileFields(1), estimatedMinutes: number({ above: 0 }) })

/** Format 2: firm and context questions, "not relevant" options, sources and next steps. */
export const questionnaireFormatV2 = object({ ...fileFields(2), steps: optional(array(nextStep, { max: 2000 })) })

type FileV1 = { estimatedMinutes: number; $schema?: string; questions: Omit<Question, 'scope'>[] } & Omit<Questionnaire, 'formatVersion' | 'questions' | 'steps'>

/**
 * Format 1 → 2: every question of a format-1 file was scored, so each becomes firm practice; the
 * author's duration gives way to the computed one. The content (and so every result of it) stays
 * as it was.
 */
export function upFormat1(file: FileV1): Questionnaire {
  const { estimatedMinutes: _minutes, $schema: _schema, questions, ...rest } = file
  return { ...rest, formatVersion: 2, questions: questions.map((question) => ({ ...question, scope: 'firm' }) as Question), steps: [] }
}

/** Format 2 files as the model: `steps` defaults to none; `$schema` is only for editors. */
function upFormat2Defaults(file: Questionnaire & { $schema?: string }): Questionnaire {
  const { $schema: _schema, ...rest } = file
  return { ...rest, steps: rest.steps ?? [] }
}

/** Questionnaire files of both formats, read into the model (format 2). */
export const questionnaireFileShape = versionedShape<Questionnaire>('formatVersion', [
  { version: 1, schema: questionnaireFormatV1 as Schema<unknown> },
  { version: 2, schema: questionnaireFormatV2 as Schema<unknown>, up: upFormat1 },
])

export { upFormat2Defaults }
