import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'

/**
 * The shared payload schemas (questionnaires/schema/submission-payload.v1/v2.schema.json), the same
 * files the app validates against before it sends. The collector never keeps its own copy.
 */

const schemaDir = new URL('../../../questionnaires/schema/', import.meta.url)

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(file, schemaDir)), 'utf8')) as Record<string, unknown>
}

export const PAYLOAD_V1_SCHEMA = loadSchema('submission-payload.v1.schema.json')
export const PAYLOAD_V2_SCHEMA = loadSchema('submission-payload.v2.schema.json')

/** The request body schema: payload v1 or v2, chosen by `payloadVersion`. */
export const SUBMISSION_BODY_SCHEMA = {
  $id: 'https://reifegrad.example/schema/collector-submission-body.json',
  type: 'object',
  required: ['payloadVersion'],
  properties: { payloadVersion: { enum: [1, 2] } },
  if: { properties: { payloadVersion: { const: 1 } } },
  then: { $ref: String(PAYLOAD_V1_SCHEMA.$id) },
  else: { $ref: String(PAYLOAD_V2_SCHEMA.$id) },
}

/**
 * One Ajv for the service: draft 2020-12 like the schemas, no type coercion, no defaults, no
 * removal of unknown keys (a payload is taken as sent or refused), and the first error only, so a
 * hostile payload costs little to refuse.
 */
export function createPayloadAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, coerceTypes: false, useDefaults: false, removeAdditional: false, strict: true })
  ajv.addSchema(PAYLOAD_V1_SCHEMA)
  ajv.addSchema(PAYLOAD_V2_SCHEMA)
  return ajv
}

let submissionValidator: ValidateFunction | undefined

/** Validates a parsed body against payload v1 or v2; returns the schema errors or null. */
export function schemaErrors(body: unknown): ErrorObject[] | null {
  submissionValidator ??= createPayloadAjv().compile(SUBMISSION_BODY_SCHEMA)
  return submissionValidator(body) ? null : (submissionValidator.errors ?? [])
}
