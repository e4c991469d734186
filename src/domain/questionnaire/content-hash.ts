import { sha256Hex } from '../sha256'

/**
 * Canonical JSON: object keys sorted recursively, no whitespace, `undefined` members left out
 * (as JSON.stringify does). The top-level `$schema` key is excluded because it only points
 * editors at the schema and does not change the content.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, true)
}

function serialise(value: unknown, topLevel: boolean): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : serialise(item, false))).join(',')}]`
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined && !(topLevel && key === '$schema'))
      .sort()
      .map((key) => `${JSON.stringify(key)}:${serialise(record[key], false)}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** `sha256-` + hex SHA-256 of the canonical JSON; identifies a published questionnaire version. */
export function contentHash(value: unknown): string {
  return `sha256-${sha256Hex(canonicalJson(value))}`
}
