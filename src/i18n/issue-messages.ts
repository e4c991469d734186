import { useI18n } from '@/i18n/translator'
import type { Issue } from '@/domain/schema/issue'
import { ISSUES_MESSAGES } from './groups/issues'
import { usePageMessages } from './page-messages'

/** Parameters that name a kind or a format are themselves words to translate (as in format-issue.ts). */
const WORD_PARAMS = new Set(['expected', 'found', 'format'])

/**
 * The words for issues (what is wrong with a refused file), added by the pages that show them, and
 * a function that words one issue in the shown language: numbers in the language's format, names
 * of kinds and formats translated.
 */
export function useIssueMessages() {
  usePageMessages(ISSUES_MESSAGES)
  const { t, te, locale } = useI18n()
  function issueText(issue: Pick<Issue, 'code' | 'params'>): string {
    const params: Record<string, string> = {}
    for (const [name, value] of Object.entries(issue.params ?? {})) {
      if (typeof value === 'number') params[name] = new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(value)
      else params[name] = WORD_PARAMS.has(name) && te(`issueWords.${value}`) ? t(`issueWords.${value}`) : value
    }
    return t(`issues.${issue.code}`, params)
  }
  return { issueText }
}
