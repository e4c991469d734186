import { object, string, ValidationError, type ObjectShape } from 'yup'

/**
 * Building blocks for the yup schemas of data files (questionnaires, measures catalogue).
 * Validation always runs with `{ strict: true, abortEarly: false }`: nothing is coerced, every
 * problem is reported. `yup-issues.ts` turns the errors (by their `type`) into de/en messages.
 */

/** Ids in files: lower-case letters, digits and hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/

/** A JSON-path segment for an object key; odd keys are quoted so the path stays unambiguous. */
export function keySegment(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
}

/** An object schema that reports every key it does not declare, each at its own path. */
export function strictObject<S extends ObjectShape>(shape: S) {
  const allowed = Object.keys(shape)
  return object(shape).test({
    name: 'unknown-key',
    test(value, context) {
      if (typeof value !== 'object' || value === null) return true
      const unknown = Object.keys(value).filter((key) => !allowed.includes(key))
      if (unknown.length === 0) return true
      return new ValidationError(
        unknown.map((key) =>
          context.createError({
            path: `${context.path ?? ''}${keySegment(key)}`.replace(/^\./, ''),
            params: { key, suggestion: closestName(key, allowed) ?? '' },
          }),
        ),
      )
    },
  })
}

/** Text that must be present and not only whitespace. */
export function nonBlankString() {
  return string()
    .required()
    .test({ name: 'blank', skipAbsent: true, test: (value) => value.trim() !== '' })
}

/** A `{ de, en }` text; a missing or empty language is reported at `….de` / `….en`. */
export function localizedTextSchema() {
  return strictObject({ de: nonBlankString(), en: nonBlankString() })
}

/** An id matching `ID_PATTERN`. */
export function idSchema() {
  return string()
    .required()
    .test({ name: 'id-pattern', skipAbsent: true, test: (value) => ID_PATTERN.test(value) })
}

// A likely intended key for a typo such as `visibelIf` (edit distance at most 2).
function closestName(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
