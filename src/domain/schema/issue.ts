/**
 * A problem found in data from outside: a stored record, an imported file, a questionnaire or
 * catalogue file, a form. It names the place (a JSON path) and what is wrong as a code with
 * parameters; only the i18n messages (src/i18n/messages/issues-*.ts) turn it into words, so the
 * domain never holds a sentence and a third language touches one file per language.
 */
export interface Issue {
  /** JSON path to the offending value, e.g. `$.questions[3].options[0].points`. */
  path: string
  code: IssueCode
  /** Values for the message's placeholders; strings are already clipped (see `clip`). */
  params?: IssueParams
}

export type IssueParams = Readonly<Record<string, string | number>>

/**
 * Every code an issue can carry. Generic codes come from the schema kit; the others from the
 * checks of questionnaires, catalogues, districts and export files. Each has a message in every
 * language (a unit test compares the lists).
 */
export type IssueCode =
  // Schema kit
  | 'required'
  | 'wrong-type'
  | 'not-blank'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'too-few'
  | 'not-allowed'
  | 'unknown-key'
  | 'unknown-key-suggestion'
  | 'unsafe-key'
  | 'pattern'
  | 'not-integer'
  | 'below-min'
  | 'above-max'
  | 'not-above'
  | 'timestamp'
  | 'date'
  | 'duplicate'
  | 'newer-version'
  | 'unknown-version'
  | 'more-issues'
  | 'invalid-value'
  // Records
  | 'completed-needs-time'
  | 'completed-needs-result'
  | 'draft-has-time'
  | 'draft-has-result'
  | 'result-of-other-questionnaire'
  | 'answer-shape'
  | 'headcount-outside-class'
  | 'district-outside-state'
  // Export files
  | 'file-too-large'
  | 'json-invalid'
  | 'json-ends-early'
  | 'json-unexpected-character'
  | 'json-too-deep'
  | 'json-too-many-entries'
  | 'not-an-export'
  | 'export-format-other'
  | 'self-assessment-has-companies'
  | 'self-assessment-check-count'
  | 'self-assessment-has-company'
  | 'self-assessment-not-completed'
  | 'company-file-company-count'
  | 'company-file-check-without-company'
  | 'check-of-missing-company'
  | 'plan-of-missing-check'
  | 'unknown-questionnaire'
  // Questionnaire and catalogue files
  | 'published-version-edited'
  | 'level-count'
  | 'level-order'
  | 'level-first-min'
  | 'level-min-increasing'
  | 'advice-count'
  | 'unknown-dimension'
  | 'unknown-topic'
  | 'unknown-step'
  | 'unused-step'
  | 'option-count'
  | 'max-points-unreachable'
  | 'points-in-context'
  | 'points-missing'
  | 'no-points'
  | 'steps-in-context'
  | 'not-relevant-with-points'
  | 'band-first-min'
  | 'band-order'
  | 'band-outside-range'
  | 'number-range'
  | 'profile-field-not-asked'
  | 'expression-syntax'
  | 'expression-unknown-reference'
  | 'expression-forward-reference'
  | 'expression-self-reference'
  | 'expression-unknown-profile-field'
  | 'expression-not-an-option'
  | 'expression-not-a-code'
  | 'expression-type'
  | 'expression-ordering'
  | 'trigger-unknown-question'
  | 'district-not-in-region'
  | 'validity-order'
  | 'unknowns-missing'
  | 'open-after-validity'
  | 'stale-verification'
  | 'ends-soon'
  | ExpressionErrorCode

/** What is wrong with an expression's syntax (`visibleIf`). */
export type ExpressionErrorCode =
  | 'expression-too-long'
  | 'expression-empty'
  | 'expression-unexpected-character'
  | 'expression-invalid-escape'
  | 'expression-unclosed-string'
  | 'expression-missing-dot'
  | 'expression-unknown-name'
  | 'expression-unknown-scope'
  | 'expression-missing-name'
  | 'expression-chained-comparison'
  | 'expression-unexpected-token'
  | 'expression-unexpected-end'
  | 'expression-list-values-only'
  | 'expression-expected-token'
  | 'expression-too-deep'

/** Strings quoted in a message are cut to this many characters: a hostile file may hold megabytes. */
export const MAX_QUOTED_LENGTH = 60

/** A string cut to `MAX_QUOTED_LENGTH` characters, with an ellipsis when it was cut. */
export function clip(text: string, max = MAX_QUOTED_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** Any value as it is quoted in a message: strings as themselves, others as (clipped) JSON. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return clip(value)
  let json: string | undefined
  try {
    json = JSON.stringify(value)
  } catch {
    json = undefined
  }
  return clip(json ?? String(value))
}

/** Builds an issue; keeps call sites in the checkers to one line each. */
export function issue(path: string, code: IssueCode, params?: IssueParams): Issue {
  return params === undefined ? { path, code } : { path, code, params }
}

/** A JSON-path segment for an object key; odd keys are quoted, long ones clipped, so a path stays short. */
export function keySegment(key: string): string {
  const shown = clip(key, 40)
  return /^[A-Za-z_$][\w$]*$/.test(shown) ? `.${shown}` : `[${JSON.stringify(shown)}]`
}

/**
 * Sorts issues by path (array indices compared as numbers, so entry 10 follows entry 9), which
 * keeps the problems of one record together. The note that more issues were left out comes last.
 */
export function sortIssues<T extends { path: string; code?: string }>(issues: readonly T[]): T[] {
  const key = (path: string) => path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(8, '0')}]`)
  const last = (item: T) => (item.code === 'more-issues' ? 1 : 0)
  return [...issues].sort((a, b) => last(a) - last(b) || (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0))
}
