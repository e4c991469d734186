import { ValidationError } from 'yup'
import { issue, type ValidationIssue } from '../validation-issue'
import { sortIssues, yupErrorToIssues } from '../yup-issues'
import { contentHash } from './content-hash'
import { expressionIssues } from './expression-checks'
import { questionnaireSchema } from './questionnaire-schema'
import { semanticIssues } from './semantic-checks'
import type { Questionnaire } from './types'

export type QuestionnaireLoadResult =
  | { ok: true; questionnaire: Questionnaire; hash: string }
  | { ok: false; errors: ValidationIssue[] }

/**
 * Checks untrusted questionnaire data (parsed JSON) and returns it typed with its content hash,
 * or every problem found, each with its JSON path and a de/en message. The structure is checked
 * first; rules across fields only run on a well-formed file, so their messages never pile up on a
 * broken shape. The returned questionnaire is a deep-frozen copy without `$schema`: it is shared
 * by caches keyed on the object (see visibility.ts) and must never change.
 */
export function loadQuestionnaire(input: unknown): QuestionnaireLoadResult {
  try {
    questionnaireSchema.validateSync(input, { strict: true, abortEarly: false })
  } catch (error) {
    if (!ValidationError.isError(error)) throw error
    return { ok: false, errors: yupErrorToIssues(error) }
  }
  const candidate = input as Questionnaire
  const errors = [...semanticIssues(candidate), ...expressionIssues(candidate)]
  if (errors.length > 0) return { ok: false, errors: sortIssues(errors) }
  return { ok: true, questionnaire: frozenCopy(input), hash: contentHash(input) }
}

/**
 * Loads a questionnaire shipped with the app. When its content hash equals the hash locked for its
 * `id@version` in questionnaires/published.json, the content is byte for byte what CI validated
 * with loadQuestionnaire, so the costly checks are skipped (they blocked the page for a few hundred
 * milliseconds on a slow phone). Anything else, e.g. an edited or unpublished file, gets the full
 * validation.
 */
export function loadShippedQuestionnaire(input: unknown, published: Readonly<Record<string, string>>): QuestionnaireLoadResult {
  const candidate = input as { id?: unknown; version?: unknown } | null
  if (typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && typeof candidate.version === 'string') {
    const locked = published[`${candidate.id}@${candidate.version}`]
    const hash = locked === undefined ? null : contentHash(input)
    if (hash !== null && hash === locked) return { ok: true, questionnaire: frozenCopy(input), hash }
  }
  return loadQuestionnaire(input)
}

/** Parses JSON text and loads it; a syntax error becomes an issue at `$` instead of an exception. */
export function loadQuestionnaireText(text: string): QuestionnaireLoadResult {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, errors: [issue('$', `Kein gültiges JSON: ${detail}`, `Not valid JSON: ${detail}`)] }
  }
  return loadQuestionnaire(input)
}

function frozenCopy(input: unknown): Questionnaire {
  const copy = JSON.parse(JSON.stringify(input)) as Questionnaire & { $schema?: string }
  delete copy.$schema
  return deepFreeze(copy)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
