import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { DIMENSION_IDS } from '@/domain/indicator-fields'
import { PROFILE_FIELD_IDS, QUESTION_TYPES, questionnaireFormatV1 } from '@/domain/questionnaire/file-format'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { parse } from '@/domain/schema/kit'
import { PROFILE_FIELD_KINDS } from '@/domain/shapes/profile'
import { PROFILE_FIELDS_V1 } from '@/domain/shapes/profile/v1'
import { QUESTIONNAIRES, minimalValid } from './fixtures'

// The JSON Schema is for authors' editors; the loader's schemas (file-format.ts) are what the app
// enforces. This keeps the two from drifting apart on the parts that change most: keys and
// enumerations. The JSON Schema describes file format 1 (`formatVersion: 1`), so it is compared
// with the loader's format 1.
const jsonSchema = JSON.parse(readFileSync(join(QUESTIONNAIRES, 'schema/questionnaire.schema.json'), 'utf8'))

/** The top-level keys the loader's format 1 requires: each is reported missing from an empty object. */
function requiredByLoader(): string[] {
  const result = parse(questionnaireFormatV1, {})
  if (result.ok) throw new Error('an empty object cannot be a questionnaire')
  return result.issues.filter((found) => found.code === 'required').map((found) => found.path.replace(/^\$\./, ''))
}

describe('questionnaire.schema.json', () => {
  it('is a draft 2020-12 schema of file format 1 that forbids unknown keys', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(jsonSchema.additionalProperties).toBe(false)
    expect(jsonSchema.properties.formatVersion).toEqual({ const: 1 })
  })

  it('requires the same top-level keys as the loader, and declares no key the loader does not know', () => {
    expect([...jsonSchema.required].sort()).toEqual(requiredByLoader().sort())
    for (const key of Object.keys(jsonSchema.properties)) {
      const result = parse(questionnaireFormatV1, { ...minimalValid(), [key]: minimalValid()[key] ?? 'x' })
      const unknown = result.ok ? [] : result.issues.filter((found) => found.path === `$.${key}` && found.code.startsWith('unknown-key'))
      expect(unknown, key).toEqual([])
    }
  })

  it('uses the same enumerations as the code', () => {
    expect(jsonSchema.$defs.dimensionId.enum).toEqual([...DIMENSION_IDS])
    expect(jsonSchema.properties.profileFields.items.enum).toEqual(Object.keys(PROFILE_FIELDS_V1))
    expect(jsonSchema.$defs.question.properties.type.enum).toEqual([...QUESTION_TYPES])
    expect([...PROFILE_FIELD_IDS].sort()).toEqual(Object.keys(PROFILE_FIELD_KINDS).sort())
  })

  it('agrees with the loader on the shipped questionnaires and on the minimal valid file', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema)
    for (const file of ['digitalisierungsgrad-check/1.0.0.json', 'schnellcheck-handwerk/1.0.0.json']) {
      const questionnaire = JSON.parse(readFileSync(join(QUESTIONNAIRES, file), 'utf8'))
      expect(loadQuestionnaire(questionnaire).ok, file).toBe(true)
      expect(validate(questionnaire), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    expect(validate(minimalValid()), JSON.stringify(validate.errors)).toBe(true)
  })
})
