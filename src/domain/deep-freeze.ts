/**
 * Freezes an object and everything in it. Loaded questionnaires are shared by caches keyed on the
 * object (see questionnaire/visibility.ts), so nothing may change them afterwards.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
