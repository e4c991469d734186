import { ValidationError } from 'yup'
import type { LocalizedText } from '../questionnaire/types'
import { issue, type ValidationIssue } from '../validation-issue'
import { sortIssues, toJsonPath, yupErrorToIssues } from '../yup-issues'
import { catalogueSchema } from './catalogue-schema'
import type { MeasuresCatalogue } from './types'

export type CatalogueLoadResult =
  | { ok: true; catalogue: MeasuresCatalogue }
  | { ok: false; errors: ValidationIssue[] }

/**
 * Checks an untrusted measures catalogue (parsed JSON) and returns it typed, or every problem
 * found, each with its JSON path and a de/en message. The shape is checked first; rules across
 * fields only run on a well-formed catalogue, so their messages never stack on a broken shape.
 */
export function loadMeasuresCatalogue(input: unknown): CatalogueLoadResult {
  try {
    catalogueSchema.validateSync(input, { strict: true, abortEarly: false })
  } catch (error) {
    if (!ValidationError.isError(error)) throw error
    const inner = error.inner.length > 0 ? error.inner : [error]
    return { ok: false, errors: firstPerPath(sortIssues(inner.flatMap(toIssues))) }
  }
  // A fresh copy without `$schema`, so the caller never shares objects with the parsed file.
  const catalogue = JSON.parse(JSON.stringify(input)) as MeasuresCatalogue & { $schema?: string }
  delete catalogue.$schema
  const errors = crossFieldIssues(catalogue)
  return errors.length > 0 ? { ok: false, errors: sortIssues(errors) } : { ok: true, catalogue }
}

function crossFieldIssues(catalogue: MeasuresCatalogue): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const firstIndexById = new Map<string, number>()
  catalogue.measures.forEach((measure, index) => {
    const at = (key: string) => `$.measures[${index}].${key}`
    const first = firstIndexById.get(measure.id)
    if (first !== undefined) {
      issues.push(issue(
        at('id'),
        `Die Id „${measure.id}“ kommt schon bei measures[${first}] vor`,
        `The id "${measure.id}" is already used by measures[${first}]`,
      ))
    } else {
      firstIndexById.set(measure.id, index)
    }
    if (measure.validUntil !== undefined && measure.validUntil < measure.validFrom) {
      issues.push(issue(
        at('validUntil'),
        `validUntil (${measure.validUntil}) liegt vor validFrom (${measure.validFrom})`,
        `validUntil (${measure.validUntil}) is before validFrom (${measure.validFrom})`,
      ))
    }
    if (measure.lastVerified > catalogue.lastReviewed) {
      issues.push(issue(
        at('lastVerified'),
        `lastVerified (${measure.lastVerified}) liegt nach lastReviewed des Katalogs (${catalogue.lastReviewed})`,
        `lastVerified (${measure.lastVerified}) is after the catalogue's lastReviewed (${catalogue.lastReviewed})`,
      ))
    }
    const { minEmployees, maxEmployees } = measure.eligibility
    if (minEmployees !== undefined && maxEmployees !== undefined && minEmployees > maxEmployees) {
      issues.push(issue(
        at('eligibility.minEmployees'),
        `minEmployees (${minEmployees}) ist größer als maxEmployees (${maxEmployees})`,
        `minEmployees (${minEmployees}) is greater than maxEmployees (${maxEmployees})`,
      ))
    }
  })
  return issues
}

/** One issue per path: an empty text fails both `required` and `blank`, which says the same twice. */
function firstPerPath(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.filter((candidate, index) => issues.findIndex((i) => i.path === candidate.path) === index)
}

/** Catalogue-specific tests get their message here; everything else goes through the shared mapping. */
function toIssues(error: ValidationError): ValidationIssue[] {
  const message = catalogueMessage(error.type, error.value)
  return message ? [{ path: toJsonPath(error.path), message }] : yupErrorToIssues(error)
}

function catalogueMessage(type: string | undefined, value: unknown): LocalizedText | undefined {
  const shown = JSON.stringify(value)
  switch (type) {
    case 'iso-date':
      return {
        de: `Kein gültiges Datum im Format JJJJ-MM-TT: ${shown}`,
        en: `Not a valid date in the format YYYY-MM-DD: ${shown}`,
      }
    case 'https-url':
      return { de: `Keine gültige https-Adresse: ${shown}`, en: `Not a valid https URL: ${shown}` }
    case 'relevance':
      return { de: `Relevanz muss größer als 0 und höchstens 1 sein, nicht ${shown}`, en: `Relevance must be above 0 and at most 1, not ${shown}` }
    case 'string-or-boolean':
      return { de: `Erwartet wird ein Text oder true/false, nicht ${shown}`, en: `Expected a string or true/false, not ${shown}` }
    case 'trigger-kind':
      return {
        de: 'Ein Auslöser braucht genau einen der Schlüssel dimension, topic oder question',
        en: 'A trigger needs exactly one of the keys dimension, topic or question',
      }
    default:
      return undefined
  }
}
