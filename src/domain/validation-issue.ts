import type { Locale, LocalizedText } from './questionnaire/types'

/**
 * One problem found while checking a data file (questionnaire, measures catalogue, import).
 * Shared by every loader so the CLI, the tests and the UI print problems the same way.
 */
export interface ValidationIssue {
  /** JSON path to the offending value, e.g. `$.questions[3].options[0].points`. */
  path: string
  message: LocalizedText
}

/** One line for a person: `$.questions[3].id: Doppelte Fragen-ID …`. */
export function formatIssue(issue: ValidationIssue, locale: Locale): string {
  return `${issue.path}: ${issue.message[locale]}`
}

/** Builds an issue; keeps call sites in the checkers to one line each. */
export function issue(path: string, de: string, en: string): ValidationIssue {
  return { path, message: { de, en } }
}
