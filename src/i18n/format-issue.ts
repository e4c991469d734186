import type { Issue } from '../domain/schema/issue'

/**
 * Words an issue (a code with parameters and a JSON path) in one language, with the texts of
 * messages/issues-*.ts. Plain TypeScript without Vue, so the command-line validator and the tests
 * use exactly the words the app shows.
 */

export interface IssueTexts {
  issues: Record<string, string>
  issueWords: Record<string, string>
}

/** Parameters that name a kind or a format are themselves words to translate. */
const WORD_PARAMS = new Set(['expected', 'found', 'format'])

/** The message of one issue, without its path. */
export function issueMessage(issue: Pick<Issue, 'code' | 'params'>, texts: IssueTexts, locale: string): string {
  const template = texts.issues[issue.code] ?? issue.code
  const numbers = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 })
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (placeholder, name: string) => {
    const value = issue.params?.[name]
    if (value === undefined) return placeholder
    if (typeof value === 'number') return numbers.format(value)
    return WORD_PARAMS.has(name) ? (texts.issueWords[value] ?? value) : value
  })
}

/** One line for a person: `$.questions[3].id: „x“ kommt doppelt vor …`. */
export function formatIssue(issue: Issue, texts: IssueTexts, locale: string): string {
  return `${issue.path}: ${issueMessage(issue, texts, locale)}`
}
