import { DIMENSION_IDS } from './dimension-ids'
import { array, boolean, lazy, mixed, number, object, string } from 'yup'
import { idSchema, localizedTextSchema, strictObject } from '../schema-helpers'
import type { ProfileFieldId, QuestionType } from './types'

/**
 * The structure of a questionnaire file (format version 1) as a yup schema. Validate with
 * `{ strict: true, abortEarly: false }`. Rules across fields (ids unique, references, levels,
 * bands) are in `semantic-checks.ts`; `questionnaires/schema/questionnaire.schema.json` mirrors
 * this for authors and must be kept in step with it.
 */

export const PROFILE_FIELD_IDS: readonly ProfileFieldId[] = [
  'state', 'district', 'sector', 'employees', 'headcount', 'turnover', 'apprentices', 'role',
]
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'yesno', 'number', 'text']

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

const text = () => localizedTextSchema().required()
const optionalText = () => localizedTextSchema().optional().default(undefined)
const finite = () => number().required()
const positive = () => number().moreThan(0)

const optionSchema = strictObject({
  id: idSchema(),
  text: text(),
  points: finite(),
  exclusive: boolean().optional(),
})

const bandSchema = strictObject({
  min: finite(),
  points: finite(),
  label: text(),
})

const baseFields = {
  id: idSchema(),
  dimension: string().required().oneOf(DIMENSION_IDS),
  topic: idSchema().optional().default(undefined),
  text: text(),
  help: optionalText(),
  weight: positive().optional(),
  required: boolean().optional(),
  visibleIf: string().optional(),
}

const questionSchemas = {
  single: strictObject({ ...baseFields, type: string().required(), options: array().of(optionSchema).required().min(2) }),
  multiple: strictObject({
    ...baseFields,
    type: string().required(),
    options: array().of(optionSchema).required().min(2),
    maxPoints: positive().required(),
  }),
  yesno: strictObject({
    ...baseFields,
    type: string().required(),
    points: strictObject({ yes: finite(), no: finite() }).required(),
  }),
  number: strictObject({
    ...baseFields,
    type: string().required(),
    unit: text(),
    min: finite(),
    max: finite(),
    bands: array().of(bandSchema).required().min(1),
  }),
  text: strictObject({ ...baseFields, type: string().required() }),
}

// The question type picks the schema; an unknown or missing type is reported on `type` alone,
// since the other keys cannot be judged without it.
const questionSchema = lazy((value: unknown) => {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined
  if (typeof type === 'string' && QUESTION_TYPES.includes(type as QuestionType)) {
    return questionSchemas[type as QuestionType]
  }
  return object({ type: string().required().oneOf(QUESTION_TYPES) })
})

const dimensionSchema = strictObject({
  id: string().required().oneOf(DIMENSION_IDS),
  title: text(),
  description: text(),
  weight: positive().required(),
  advice: array().of(strictObject({ meaning: text(), nextStep: text() })).required(),
})

const levelSchema = strictObject({
  level: number().required().integer(),
  minScore: number().required().min(0).max(100),
  name: text(),
  text: text(),
})

/** The whole file. `$schema` is allowed so editors can find the JSON Schema. */
export const questionnaireSchema = strictObject({
  $schema: string().optional(),
  formatVersion: mixed().required().oneOf([1]),
  id: idSchema(),
  version: string()
    .required()
    .test({ name: 'semver', skipAbsent: true, test: (value) => SEMVER.test(value) }),
  title: text(),
  description: text(),
  estimatedMinutes: positive().required(),
  profileFields: array()
    .of(string().required().oneOf(PROFILE_FIELD_IDS))
    .required()
    .test({
      name: 'unique',
      test(values, context) {
        const index = values.findIndex((value, i) => values.indexOf(value) !== i)
        return index < 0 || context.createError({ path: `${context.path}[${index}]`, params: { value: values[index] } })
      },
    }),
  dimensions: array().of(dimensionSchema).required().min(1),
  topics: array().of(strictObject({ id: idSchema(), title: text() })).required(),
  levels: array().of(levelSchema).required(),
  questions: array().of(questionSchema).required().min(1),
}).required()

