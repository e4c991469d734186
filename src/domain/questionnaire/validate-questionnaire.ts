import { deepFreeze } from '../deep-freeze'
import { issue, sortIssues, type Issue } from '../schema/issue'
import { compileConditions } from './compile-conditions'
import { contentHash } from './content-hash'
import { expressionIssues } from './expression-checks'
import { questionnaireFileShape } from './file-format'
import { semanticIssues } from './semantic-checks'
import type { Questionnaire } from './types'

export type QuestionnaireLoadResult = { ok: true; questionnaire: Questionnaire; hash: string } | { ok: false; errors: Issue[] }

/**
 * Checks untrusted questionnaire data (parsed JSON) of either file format and returns it as the
 * model (format 2) with its content hash, or every problem found, each with its JSON path and an
 * issue code. The structure is checked first; rules across fields only run on a well-formed file,
 * so their messages never pile up on a broken shape. The returned questionnaire is deep-frozen,
 * with its conditions parsed (compile-conditions.ts); it is shared and must never change.
 */
export function loadQuestionnaire(input: unknown): QuestionnaireLoadResult {
  const parsed = questionnaireFileShape.parse(input)
  if (!parsed.ok) return { ok: false, errors: sortIssues(parsed.issues) }
  const { $schema: _schema, ...model } = parsed.value as Questionnaire & { $schema?: string }
  const questionnaire: Questionnaire = { ...model, steps: model.steps ?? [] }
  const errors = [...semanticIssues(questionnaire), ...expressionIssues(questionnaire)]
  if (errors.length > 0) return { ok: false, errors: sortIssues(errors) }
  return { ok: true, questionnaire: deepFreeze(compileConditions(questionnaire)), hash: contentHash(input) }
}

/**
 * A published questionnaire version is never edited (questionnaires/published.json locks its
 * content hash): the issue to report when `hash` differs from the lock, or null when it matches or
 * the version is not published yet.
 */
export function publishedLockIssue(key: string, hash: string, lock: Readonly<Record<string, string>>): Issue | null {
  const locked = lock[key]
  if (locked === undefined || locked === hash) return null
  return issue('$', 'published-version-edited', { version: key, locked })
}

/** Parses JSON text and loads it; a syntax error becomes an issue at `$` instead of an exception. */
export function loadQuestionnaireText(text: string): QuestionnaireLoadResult {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch {
    return { ok: false, errors: [issue('$', 'json-invalid')] }
  }
  return loadQuestionnaire(input)
}
