import { isPlainObject, isSafeKey } from '../schema/kit'

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
