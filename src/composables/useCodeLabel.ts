import { useI18n } from '@/i18n/translator'

/** Profile code lists that have names (src/i18n/messages: `profile.codes.*`). */
export type CodeList = 'state' | 'sector' | 'employees' | 'turnover' | 'role' | 'tradeTax'

/** The name of a profile code in the shown language; null for no code. */
export function useCodeLabel() {
  const { t } = useI18n()
  return {
    codeLabel: (list: CodeList, code: string | null | undefined): string | null => (code ? t(`profile.codes.${list}.${code}`) : null),
  }
}
