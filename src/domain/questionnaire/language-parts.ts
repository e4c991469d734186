import type { Locale } from '../text'

/**
 * A shipped questionnaire is built into one chunk per UI language (scripts/vite/shipped-questionnaires.ts):
 * a visit downloads the texts it shows, not both languages (that halves the largest chunk on the
 * way through a check). The parts have the same structure; merging them gives the whole file back.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** A LocalizedText: an object with exactly the keys `de` and `en`, both text. */
function isLocalizedText(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value)
  return keys.length === 2 && typeof (value as Record<string, unknown>).de === 'string' && typeof (value as Record<string, unknown>).en === 'string'
}

/** The questionnaire with every text in `locale` only (`{ de: '…' }` instead of `{ de: '…', en: '…' }`). */
export function keepLanguage<T>(questionnaire: T, locale: Locale): T {
  const keep = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(keep)
    if (typeof value !== 'object' || value === null) return value
    if (isLocalizedText(value)) return { [locale]: value[locale] }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, keep(child)]))
  }
  return keep(questionnaire as Json) as T
}

/**
 * Two language parts of the same questionnaire as one: texts get both languages, everything else
 * is taken from `base` (the parts agree on it, being built from the same file).
 */
export function mergeLanguageParts<T>(base: T, other: T): T {
  const merge = (a: Json, b: Json | undefined): Json => {
    if (Array.isArray(a)) return a.map((item, index) => merge(item, Array.isArray(b) ? b[index] : undefined))
    if (typeof a !== 'object' || a === null) return a
    const partner = typeof b === 'object' && b !== null && !Array.isArray(b) ? b : {}
    const merged: Record<string, Json> = {}
    for (const key of new Set([...Object.keys(a), ...Object.keys(partner)])) {
      merged[key] = key in a ? merge(a[key]!, partner[key]) : partner[key]!
    }
    return merged
  }
  return merge(base as Json, other as Json) as T
}
