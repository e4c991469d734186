import { ValidationError } from 'yup'
import { deepFreeze } from '../deep-freeze'
import { issue, type ValidationIssue } from '../validation-issue'
import { sortIssues, yupErrorToIssues } from '../yup-issues'
import { compileConditions } from './compile-conditions'
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
 * broken shape. The returned questionnaire is a deep-frozen copy without `$schema`, with its
 * conditions parsed (compile-conditions.ts); it is shared and must never change.
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
 * A published questionnaire version is never edited (questionnaires/published.json locks its
 * content hash): the issue to report when `hash` differs from the lock, or null when it matches or
 * the version is not published yet.
 */
export function publishedLockIssue(key: string, hash: string, lock: Readonly<Record<string, string>>): ValidationIssue | null {
  const locked = lock[key]
  if (locked === undefined || locked === hash) return null
  return issue(
    '$',
    `Die veröffentlichte Version ${key} wurde geändert (gesperrt: ${locked}); Version erhöhen`,
    `published version ${key} was edited (locked: ${locked}); bump the version`,
  )
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
  return deepFreeze(compileConditions(copy))
}
