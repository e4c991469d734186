import type { ValidationError } from 'yup'
import type { LocalizedText } from './questionnaire/types'
import type { ValidationIssue } from './validation-issue'

/**
 * Turns a yup `ValidationError` (validated with `abortEarly: false`) into issues with JSON paths
 * and de/en messages. Messages are chosen by the error's `type` so the global yup locale used by
 * forms is never touched.
 */
export function yupErrorToIssues(error: ValidationError): ValidationIssue[] {
  const errors = error.inner.length > 0 ? error.inner : [error]
  const issues = errors.map((inner) => ({
    path: toJsonPath(inner.path),
    message: describe(inner.type, (inner.params ?? {}) as Record<string, unknown>),
  }))
  return sortIssues(issues)
}

/** `questions[3].options[0].points` → `$.questions[3].options[0].points`; the root is `$`. */
export function toJsonPath(yupPath: string | undefined): string {
  if (yupPath === undefined || yupPath === '') return '$'
  return yupPath.startsWith('[') ? `$${yupPath}` : `$.${yupPath}`
}

/** Sorts issues into document order (array indices compared as numbers). */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const key = (path: string) => path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(8, '0')}]`)
  return [...issues].sort((a, b) => (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0))
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { de: 'Text', en: 'text' },
  number: { de: 'Zahl', en: 'number' },
  boolean: { de: 'Wahrheitswert (true/false)', en: 'boolean (true/false)' },
  object: { de: 'Objekt', en: 'object' },
  array: { de: 'Liste', en: 'list' },
  null: { de: 'null', en: 'null' },
}

function typeName(type: string): LocalizedText {
  return TYPE_NAMES[type] ?? { de: type, en: type }
}

function typeOfValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

// A value as quoted in a message: strings in the language's quotation marks, others as JSON.
function show(value: unknown): LocalizedText {
  const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const text = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw
  return typeof value === 'string' ? { de: `„${text}“`, en: `“${text}”` } : { de: text, en: text }
}

function describe(type: string | undefined, params: Record<string, unknown>): LocalizedText {
  const value = params.value
  switch (type) {
    case 'optionality':
    case 'required':
      if (value === '') return { de: 'Darf nicht leer sein', en: 'Must not be empty' }
      return { de: 'Pflichtangabe fehlt', en: 'Required value is missing' }
    case 'nullable':
      return { de: 'Darf nicht null sein', en: 'Must not be null' }
    case 'blank':
      return { de: 'Darf nicht leer sein', en: 'Must not be empty' }
    case 'typeError': {
      const expected = typeName(String(params.type))
      const found = typeName(typeOfValue(value))
      return {
        de: `Falscher Typ: erwartet ${expected.de}, gefunden ${found.de}`,
        en: `Wrong type: expected ${expected.en}, found ${found.en}`,
      }
    }
    case 'oneOf':
      return {
        de: `${show(value).de} ist nicht erlaubt; erlaubt: ${String(params.values)}`,
        en: `${show(value).en} is not allowed; allowed: ${String(params.values)}`,
      }
    case 'unknown-key': {
      const suggestion = params.suggestion ? String(params.suggestion) : ''
      const key = String(params.key)
      return {
        de: `Unbekanntes Feld „${key}“${suggestion ? ` (gemeint: „${suggestion}“?)` : ''}`,
        en: `Unknown field “${key}”${suggestion ? ` (did you mean “${suggestion}”?)` : ''}`,
      }
    }
    case 'id-pattern':
      return {
        de: `Ungültige ID ${show(value).de}: nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe`,
        en: `Invalid id ${show(value).en}: lower-case letters, digits and hyphens only, starting with a letter`,
      }
    case 'semver':
      return {
        de: `Ungültige Version ${show(value).de}: erwartet wird Semver wie 1.0.0`,
        en: `Invalid version ${show(value).en}: expected semver such as 1.0.0`,
      }
    case 'unique':
      return { de: `${show(value).de} kommt doppelt vor`, en: `${show(value).en} occurs twice` }
    case 'integer':
      return { de: 'Muss eine ganze Zahl sein', en: 'Must be a whole number' }
    case 'min':
      // yup names the error of moreThan()/positive() 'min' too, but passes `more` instead of `min`.
      if (params.more !== undefined) {
        return { de: `Muss größer als ${String(params.more)} sein`, en: `Must be greater than ${String(params.more)}` }
      }
      return describeBound(type, params)
    case 'max':
      if (params.less !== undefined) {
        return { de: `Muss kleiner als ${String(params.less)} sein`, en: `Must be less than ${String(params.less)}` }
      }
      return describeBound(type, params)
    case 'moreThan':
      return { de: `Muss größer als ${String(params.more)} sein`, en: `Must be greater than ${String(params.more)}` }
    case 'lessThan':
      return { de: `Muss kleiner als ${String(params.less)} sein`, en: `Must be less than ${String(params.less)}` }
    default:
      return { de: `Ungültiger Wert (${String(type)})`, en: `Invalid value (${String(type)})` }
  }
}

function describeBound(type: 'min' | 'max', params: Record<string, unknown>): LocalizedText {
  const bound = String(type === 'min' ? params.min : params.max)
  if (Array.isArray(params.value) || typeof params.value === 'string') {
    const unit = Array.isArray(params.value) ? { de: 'Einträge', en: 'entries' } : { de: 'Zeichen', en: 'characters' }
    return type === 'min'
      ? { de: `Mindestens ${bound} ${unit.de}`, en: `At least ${bound} ${unit.en}` }
      : { de: `Höchstens ${bound} ${unit.de}`, en: `At most ${bound} ${unit.en}` }
  }
  return type === 'min'
    ? { de: `Muss mindestens ${bound} sein`, en: `Must be at least ${bound}` }
    : { de: `Darf höchstens ${bound} sein`, en: `Must be at most ${bound}` }
}
