import { boolean, number, object, oneOf, optional, string, type Schema } from '../../schema/kit'

/** An official Kreis code (the Kreis part of the Amtlicher Gemeindeschlüssel). */
export const DISTRICT_CODE = /^\d{5}$/

/**
 * A profile version is written as a table of its fields. The table is the one place a field is
 * described: the stored shape and its type are derived from it, the expression language learns
 * which `profile.x` exist and of which kind, and the profile form renders and checks its inputs
 * from it. Adding a field is one row here and its words in the i18n messages.
 */

export type ProfileFieldSpec =
  | { kind: 'enum'; codes: readonly string[]; form: FormUse }
  | { kind: 'integer'; min: number; max: number; form: FormUse }
  | { kind: 'decimal'; min: number; max: number; step: number; form: FormUse }
  | { kind: 'boolean'; form: FormUse }
  | { kind: 'text'; max: number; form: FormUse }
  /** An official Kreis code, chosen from the list of the profile's state. */
  | { kind: 'district'; form: FormUse }

/**
 * How the profile form asks a field: `required` (matching needs it), `optional`, or `hidden` (kept
 * in the shape for old records, no longer asked).
 */
export type FormUse = 'required' | 'optional' | 'hidden'

export type ProfileFieldTable = Readonly<Record<string, ProfileFieldSpec>>

type ValueOf<S extends ProfileFieldSpec> = S extends { kind: 'enum'; codes: readonly (infer C)[] }
  ? C
  : S extends { kind: 'integer' | 'decimal' }
    ? number
    : S extends { kind: 'boolean' }
      ? boolean
      : string

/** The profile a table describes: every field optional (a draft fills them in over time). */
export type ProfileOf<T extends ProfileFieldTable> = { -readonly [K in keyof T]?: ValueOf<T[K]> }

function fieldSchema(spec: ProfileFieldSpec): Schema<unknown> {
  switch (spec.kind) {
    case 'enum':
      return oneOf(spec.codes)
    case 'integer':
      return number({ min: spec.min, max: spec.max, integer: true })
    case 'decimal':
      return number({ min: spec.min, max: spec.max })
    case 'boolean':
      return boolean()
    case 'text':
      return string({ max: spec.max })
    case 'district':
      return string({ pattern: DISTRICT_CODE, format: 'district-code' })
  }
}

/** The schema of a profile version, from its table. */
export function profileSchemaOf<T extends ProfileFieldTable>(table: T): Schema<ProfileOf<T>, false> {
  const shape = Object.fromEntries(Object.entries(table).map(([id, spec]) => [id, optional(fieldSchema(spec))]))
  return object(shape) as unknown as Schema<ProfileOf<T>, false>
}

/** The kind of each field as the expression language sees it. */
export function expressionKinds(table: ProfileFieldTable): Record<string, 'enum' | 'text' | 'number' | 'boolean'> {
  const kinds: Record<string, 'enum' | 'text' | 'number' | 'boolean'> = {}
  for (const [id, spec] of Object.entries(table)) {
    kinds[id] = spec.kind === 'integer' || spec.kind === 'decimal' ? 'number' : spec.kind === 'district' ? 'text' : spec.kind
  }
  return kinds
}
