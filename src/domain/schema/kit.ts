import { issue, keySegment, quote, type Issue, type IssueCode, type IssueParams } from './issue'
import { closestName } from './closest-name'

/**
 * A small schema kit: each shape is written once as a schema, its TypeScript type is inferred from
 * it (`Infer`), and `parse` both checks a value and rebuilds it from the allowed keys only, so
 * nothing unknown (extra keys, `__proto__`, getters, Vue proxies) reaches the app's state or the
 * database. Problems come back as issues with a code, parameters and a JSON path, at most
 * `maxIssues` of them, with every quoted value clipped: a hostile file of any size is answered in
 * time linear in its size with a short message.
 *
 * Hand-written instead of yup because a 5,000-check backup is checked record by record: yup's
 * per-field overhead made that take seconds, and yup's messages are sentences, not codes.
 */

declare const invalidBrand: unique symbol
/** Returned by a check that failed; the reason has been reported to the context. */
export interface Invalid {
  readonly [invalidBrand]: true
}
export const INVALID = Object.freeze({}) as Invalid

/** True for the INVALID marker (a check's way of saying "reported, no value"). */
export function isInvalid(value: unknown): value is Invalid {
  return value === INVALID
}

/** Where a value sits. Built as a chain and spelled out only when a problem is reported. */
export type Path = string | { readonly parent: Path; readonly key: string | number }

/** `$.answers["q-1"]` from a path chain. */
export function pathString(path: Path): string {
  const segments: string[] = []
  let node: Path = path
  while (typeof node !== 'string') {
    segments.push(typeof node.key === 'number' ? `[${node.key}]` : keySegment(node.key))
    node = node.parent
  }
  return node + segments.reverse().join('')
}

/** The path of `key` below `path`. */
export const child = (path: Path, key: string | number): Path => ({ parent: path, key })

export interface ParseContext {
  readonly issues: Issue[]
  /** Keys a shape does not declare: reported (imports, data files) or dropped (records read from storage). */
  readonly unknownKeys: 'report' | 'drop'
  readonly maxIssues: number
}

/** Records a problem (unless the list is full) and returns INVALID, so checks can `return report(…)`. */
export function report(context: ParseContext, path: Path, code: IssueCode, params?: IssueParams): Invalid {
  if (context.issues.length < context.maxIssues) context.issues.push(issue(pathString(path), code, params))
  return INVALID
}

/** True once no further problem will be listed: checks stop early, so huge inputs cost no more. */
export const isFull = (context: ParseContext) => context.issues.length >= context.maxIssues

export interface Schema<T, Optional extends boolean = boolean> {
  /** Checks `value` and returns a rebuilt copy, or INVALID after reporting why. */
  readonly check: (value: unknown, path: Path, context: ParseContext) => T | Invalid
  /** An optional field may be absent from its object. */
  readonly optional: Optional
}

export type Infer<S> = S extends Schema<infer T> ? T : never

type Shape = Record<string, Schema<unknown>>
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Schema<unknown, true> ? K : never }[keyof S]
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>
type Flatten<T> = { [K in keyof T]: T[K] } & {}
export type ObjectOf<S extends Shape> = Flatten<
  { -readonly [K in RequiredKeys<S>]: Infer<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>

function schema<T>(check: Schema<T>['check']): Schema<T, false> {
  return { check, optional: false }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

const wrongType = (context: ParseContext, path: Path, expected: string, value: unknown) =>
  report(context, path, 'wrong-type', { expected, found: typeOf(value) })

export interface StringOptions {
  min?: number
  max?: number
  /** The value must match; reported as `pattern` with `format` naming what was expected. */
  pattern?: RegExp
  format?: string
  /** Not empty or only whitespace. */
  nonBlank?: boolean
}

/** A string; limits are checked on its length before any pattern, so a huge value costs nothing. */
export function string(options: StringOptions = {}): Schema<string, false> {
  const { min, max, pattern, format = 'text', nonBlank } = options
  return schema<string>((value, path, context) => {
    if (typeof value !== 'string') return wrongType(context, path, 'string', value)
    if (max !== undefined && value.length > max) return report(context, path, 'too-long', { length: value.length, max })
    if (min !== undefined && value.length < min) return report(context, path, 'too-short', { length: value.length, min })
    if (nonBlank && value.trim() === '') return report(context, path, 'not-blank')
    if (pattern && !pattern.test(value)) return report(context, path, 'pattern', { value: quote(value), format })
    return value
  })
}

export interface NumberOptions {
  min?: number
  max?: number
  /** Strictly greater than this. */
  above?: number
  integer?: boolean
}

/** A finite number. */
export function number(options: NumberOptions = {}): Schema<number, false> {
  const { min, max, above, integer } = options
  return schema<number>((value, path, context) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(context, path, 'number', value)
    if (integer && !Number.isInteger(value)) return report(context, path, 'not-integer', { value })
    if (min !== undefined && value < min) return report(context, path, 'below-min', { value, min })
    if (max !== undefined && value > max) return report(context, path, 'above-max', { value, max })
    if (above !== undefined && value <= above) return report(context, path, 'not-above', { value, min: above })
    return value
  })
}

export function boolean(): Schema<boolean, false> {
  return schema<boolean>((value, path, context) => (typeof value === 'boolean' ? value : wrongType(context, path, 'boolean', value)))
}

/** One of a fixed list of values (codes). */
export function oneOf<const V extends string | number | boolean>(values: readonly V[]): Schema<V, false> {
  const allowed: ReadonlySet<unknown> = new Set(values)
  const list = quote(values.join(', '))
  return schema<V>((value, path, context) =>
    allowed.has(value) ? (value as V) : report(context, path, 'not-allowed', { value: quote(value), allowed: list }),
  )
}

/** Exactly this value (a version number, a format name). */
export function literal<const V extends string | number | boolean>(value: V): Schema<V, false> {
  return oneOf([value])
}

/** `null`, or a value of `inner`. */
export function nullable<T>(inner: Schema<T>): Schema<T | null, false> {
  return schema<T | null>((value, path, context) => (value === null ? null : inner.check(value, path, context)))
}

/** A field that may be absent from its object (`undefined`). */
export function optional<T>(inner: Schema<T>): Schema<T | undefined, true> {
  return { check: (value, path, context) => (value === undefined ? undefined : inner.check(value, path, context)), optional: true }
}

export interface CollectionOptions {
  min?: number
  max: number
}

/** A list; a list longer than `max` is refused before any item is looked at. */
export function array<T>(item: Schema<T>, options: CollectionOptions): Schema<T[], false> {
  return schema<T[]>((value, path, context) => {
    if (!Array.isArray(value)) return wrongType(context, path, 'array', value)
    if (value.length > options.max) return report(context, path, 'too-many', { count: value.length, max: options.max })
    if (options.min !== undefined && value.length < options.min) return report(context, path, 'too-few', { count: value.length, min: options.min })
    const copy: T[] = []
    let valid = true
    for (let index = 0; index < value.length && !isFull(context); index++) {
      const checked = item.check(value[index], child(path, index), context)
      if (isInvalid(checked)) valid = false
      else copy.push(checked)
    }
    return valid && copy.length === value.length ? copy : INVALID
  })
}

/** Keys that would reach a prototype or constructor when assigned to a plain object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
/** The longest key a dictionary (answers, notes) may hold. */
export const MAX_KEY_LENGTH = 200

/** True for a key that may be copied into a rebuilt dictionary. */
export function isSafeKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && !FORBIDDEN_KEYS.has(key)
}

/** True for a plain `{}`-like object (not an array, date, map or class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * A dictionary (answers by question id, notes, …). Unsafe keys are reported in `report` mode and
 * dropped in `drop` mode: they can never be copied.
 */
export function record<T>(value: Schema<T>, options: CollectionOptions): Schema<Record<string, T>, false> {
  return schema<Record<string, T>>((input, path, context) => {
    if (!isPlainObject(input)) return wrongType(context, path, 'object', input)
    const keys = Object.keys(input)
    if (keys.length > options.max) return report(context, path, 'too-many', { count: keys.length, max: options.max })
    const copy: Record<string, T> = {}
    let valid = true
    for (const key of keys) {
      if (isFull(context)) return INVALID
      if (!isSafeKey(key)) {
        if (context.unknownKeys === 'report') {
          report(context, child(path, key), 'unsafe-key', { key: quote(key) })
          valid = false
        }
        continue
      }
      const checked = value.check(input[key], child(path, key), context)
      if (isInvalid(checked)) valid = false
      else copy[key] = checked
    }
    return valid ? copy : INVALID
  })
}

/** An object with exactly these fields; others are reported or dropped (see ParseContext). */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>, false> {
  const keys = Object.keys(shape)
  const known: ReadonlySet<string> = new Set(keys)
  return schema<ObjectOf<S>>((value, path, context) => {
    if (!isPlainObject(value)) return wrongType(context, path, 'object', value)
    const copy: Record<string, unknown> = {}
    let valid = true
    for (const key of keys) {
      if (isFull(context)) return INVALID
      const field = shape[key]!
      const fieldValue = value[key]
      if (fieldValue === undefined && !field.optional) {
        report(context, child(path, key), 'required')
        valid = false
        continue
      }
      const checked = field.check(fieldValue, child(path, key), context)
      if (isInvalid(checked)) valid = false
      else if (checked !== undefined) copy[key] = checked
    }
    if (context.unknownKeys === 'report') {
      for (const key of Object.keys(value)) {
        if (known.has(key)) continue
        if (isFull(context)) return INVALID
        const suggestion = closestName(key, keys)
        if (suggestion) report(context, child(path, key), 'unknown-key-suggestion', { key: quote(key), suggestion })
        else report(context, child(path, key), 'unknown-key', { key: quote(key) })
        valid = false
      }
    }
    return valid ? (copy as ObjectOf<S>) : INVALID
  })
}

/** An object whose `key` field picks its shape (questions by `type`). */
export function discriminated<K extends string, V extends Record<string, Schema<unknown>>>(
  key: K,
  variants: V,
): Schema<Infer<V[keyof V]>, false> {
  const names = Object.keys(variants)
  const list = quote(names.join(', '))
  return schema<Infer<V[keyof V]>>((value, path, context) => {
    if (!isPlainObject(value)) return wrongType(context, path, 'object', value)
    const tag = value[key]
    const variant = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(variants, tag) ? variants[tag] : undefined
    if (!variant) {
      if (tag === undefined) return report(context, child(path, key), 'required')
      return report(context, child(path, key), 'not-allowed', { value: quote(tag), allowed: list })
    }
    return variant.check(value, path, context) as Infer<V[keyof V]> | Invalid
  })
}

/** Reports problems of a value the inner schema accepted: rules across its fields. */
export type Refinement<T> = (value: T, problem: (path: Path, code: IssueCode, params?: IssueParams) => void, path: Path) => void

/** The inner schema plus rules across its fields; they run only on a well-formed value. */
export function refine<T, O extends boolean>(inner: Schema<T, O>, rule: Refinement<T>): Schema<T, O> {
  return {
    optional: inner.optional,
    check: (value, path, context) => {
      const checked = inner.check(value, path, context)
      if (isInvalid(checked) || checked === undefined) return checked
      let valid = true
      rule(checked, (at, code, params) => {
        valid = false
        report(context, at, code, params)
      }, path)
      return valid ? checked : INVALID
    },
  }
}

/** A value checked by a function: `copy` returns the rebuilt value, or INVALID after reporting. */
export function custom<T>(check: Schema<T>['check']): Schema<T, false> {
  return schema(check)
}

/** A value and its problems as `parse` returns them. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

export interface ParseOptions {
  /** The path of the value itself; `$` by default. */
  path?: string
  unknownKeys?: ParseContext['unknownKeys']
  /** More problems are not listed one by one (a hostile file could yield millions). */
  maxIssues?: number
}

/** At most this many problems are listed, then one `more-issues` note. */
export const MAX_LISTED_ISSUES = 100

/** Checks and rebuilds `value`; see the module comment. */
export function parse<T>(shape: Schema<T>, value: unknown, options: ParseOptions = {}): ParseResult<T> {
  const context: ParseContext = {
    issues: [],
    unknownKeys: options.unknownKeys ?? 'report',
    maxIssues: options.maxIssues ?? MAX_LISTED_ISSUES,
  }
  const path = options.path ?? '$'
  const checked = shape.check(value, path, context)
  if (checked !== INVALID && context.issues.length === 0) return { ok: true, value: checked as T }
  const issues = context.issues.length > 0 ? context.issues : [issue(path, 'invalid-value')]
  if (isFull(context)) issues.push(issue(path, 'more-issues', { max: context.maxIssues }))
  return { ok: false, issues }
}

/** The value rebuilt when valid (unknown keys dropped), else null: for reading stored records. */
export function parseOrNull<T>(shape: Schema<T>, value: unknown): T | null {
  const context: ParseContext = { issues: [], unknownKeys: 'drop', maxIssues: 1 }
  const checked = shape.check(value, '$', context)
  return isInvalid(checked) || context.issues.length > 0 ? null : (checked as T)
}
