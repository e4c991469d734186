import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROFILE_FIELD_KINDS } from '@/domain/profile/profile-fields'
import { DIMENSION_IDS } from '@/domain/questionnaire/dimension-ids'
import { PROFILE_FIELD_IDS, QUESTION_TYPES, questionnaireSchema } from '@/domain/questionnaire/questionnaire-schema'
import { QUESTIONNAIRES } from './fixtures'

// The JSON Schema is for authors' editors; the yup schema is what the app enforces. This keeps
// the two from drifting apart on the parts that change most: keys and enumerations.
const jsonSchema = JSON.parse(readFileSync(join(QUESTIONNAIRES, 'schema/questionnaire.schema.json'), 'utf8'))

describe('questionnaire.schema.json', () => {
  it('is a draft 2020-12 schema that forbids unknown keys', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(jsonSchema.additionalProperties).toBe(false)
  })

  it('declares the same top-level keys as the loader', () => {
    expect(Object.keys(jsonSchema.properties).sort()).toEqual(Object.keys(questionnaireSchema.fields).sort())
  })

  it('uses the same enumerations as the code', () => {
    expect(jsonSchema.$defs.dimensionId.enum).toEqual([...DIMENSION_IDS])
    expect(jsonSchema.properties.profileFields.items.enum).toEqual([...PROFILE_FIELD_IDS])
    expect(jsonSchema.$defs.question.properties.type.enum).toEqual([...QUESTION_TYPES])
    expect([...PROFILE_FIELD_IDS].sort()).toEqual(Object.keys(PROFILE_FIELD_KINDS).sort())
  })
})
