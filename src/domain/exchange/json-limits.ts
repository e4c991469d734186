import { keySegment } from '../schema/issue'
import { MAX_ENTRIES } from '../schema/fields'

/** Export files nest six levels deep; anything far deeper is no export file. */
export const MAX_IMPORT_DEPTH = 32

/** Where a parsed file breaks a structural limit: nested too deep, or too many entries in one place. */
export interface LimitBreach {
  path: string
  kind: 'depth' | 'entries'
}

interface Container {
  value: object
  depth: number
  parent: Container | null
  /** Index or key in the parent; the path is only spelled out when a limit is broken. */
  key: number | string | null
}

/**
 * The first place where parsed JSON nests deeper than `MAX_IMPORT_DEPTH` or holds more than
 * `MAX_ENTRIES` keys or items (the record lists right under the root may be longer), or null.
 * `JSON.parse` reads such input without trouble, but anything that walks it recursively after it
 * could overflow the stack, and every check after it would pay for millions of entries. The walk here is iterative and
 * touches every value once, before anything else looks at the file.
 */
export function findLimitBreach(value: unknown): LimitBreach | null {
  if (typeof value !== 'object' || value === null) return null
  const stack: Container[] = [{ value, depth: 1, parent: null, key: null }]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.depth > MAX_IMPORT_DEPTH) return { path: pathOf(current), kind: 'depth' }
    const push = (key: number | string, item: unknown) => {
      if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: current.depth + 1, parent: current, key })
    }
    if (Array.isArray(current.value)) {
      // The lists of companies and checks right under the root may hold more than one place may.
      if (current.value.length > MAX_ENTRIES && current.depth !== 2) return { path: pathOf(current), kind: 'entries' }
      current.value.forEach((item: unknown, index) => push(index, item))
    } else {
      const keys = Object.keys(current.value)
      if (keys.length > MAX_ENTRIES) return { path: pathOf(current), kind: 'entries' }
      const record = current.value as Record<string, unknown>
      for (const key of keys) push(key, record[key])
    }
  }
  return null
}

function pathOf(container: Container): string {
  const segments: string[] = []
  for (let node: Container | null = container; node !== null; node = node.parent) {
    segments.push(node.key === null ? '$' : typeof node.key === 'number' ? `[${node.key}]` : keySegment(node.key))
  }
  return segments.reverse().join('')
}
