import { issue, quote, type Issue } from './issue'
import { isPlainObject, parse, type ParseOptions, type ParseResult, type Schema } from './kit'

/**
 * Shapes that are stored or exchanged carry their version (`schemaVersion`, `formatVersion`,
 * `payloadVersion`). Every released version keeps its schema, and each version after the first has
 * an `up()` from the one before: a small pure function. Reading a value checks it against the
 * schema of its own version and then migrates it step by step, so old records and files are
 * migrated instead of dropped; a version newer than the app knows is refused with a clear issue.
 */

/** One released version of a shape. `up` turns a value of the previous version into this one. */
export interface ShapeVersion {
  readonly version: number
  readonly schema: Schema<unknown>
  readonly up?: (previous: never) => unknown
}

export interface VersionedShape<T> {
  /** The field that holds the version. */
  readonly versionKey: string
  /** The version this app writes. */
  readonly current: number
  /** Checks a value of any released version and migrates it to the current one. */
  parse(value: unknown, options?: ParseOptions): ParseResult<T>
  /** For records read from storage: unknown keys dropped; null when invalid or newer. */
  read(value: unknown): T | null
}

/**
 * The ladder of a shape's versions, oldest first; the last one's schema describes `T`. Versions are
 * numbered 1, 2, 3, … without gaps. `absentMeans`: the version of a value without the version field.
 */
export function versionedShape<T>(
  versionKey: string,
  versions: readonly ShapeVersion[],
  shapeOptions: { absentMeans?: number } = {},
): VersionedShape<T> {
  versions.forEach((entry, index) => {
    if (entry.version !== index + 1 || (index > 0) !== (entry.up !== undefined)) {
      throw new RangeError(`Versions of ${versionKey} must be 1, 2, … with an up() from the second on`)
    }
  })
  const current = versions.length

  function migrate(value: unknown, from: number): unknown {
    let migrated = value
    for (let version = from + 1; version <= current; version++) {
      migrated = (versions[version - 1]!.up as (previous: unknown) => unknown)(migrated)
    }
    return migrated
  }

  function parseVersioned(value: unknown, options: ParseOptions = {}): ParseResult<T> {
    const path = options.path ?? '$'
    const found = versionIssue(value, versionKey, current, path, shapeOptions.absentMeans)
    if (typeof found !== 'number') return { ok: false, issues: [found] }
    const checked = parse(versions[found - 1]!.schema, value, options)
    if (!checked.ok || found === current) return checked as ParseResult<T>
    // A migration step is code like any other: what it returns is checked against the current schema.
    return parse(versions[current - 1]!.schema, migrate(checked.value, found), { ...options, unknownKeys: 'drop' }) as ParseResult<T>
  }

  return {
    versionKey,
    current,
    parse: parseVersioned,
    read(value) {
      const result = parseVersioned(value, { unknownKeys: 'drop', maxIssues: 1 })
      return result.ok ? result.value : null
    },
  }
}

/** The version of `value` when it is one this shape knows, else the issue that says why not. */
function versionIssue(value: unknown, versionKey: string, current: number, path: string, absentMeans?: number): number | Issue {
  const at = `${path}.${versionKey}`
  if (!isPlainObject(value)) return issue(path, 'wrong-type', { expected: 'object', found: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value })
  const version = value[versionKey]
  // A shape whose first version was released without a version field (the outbox entry).
  if (version === undefined) return absentMeans ?? issue(at, 'required')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return issue(at, 'unknown-version', { found: quote(version), supported: current })
  }
  if (version > current) return issue(at, 'newer-version', { found: version, supported: current })
  return version
}
