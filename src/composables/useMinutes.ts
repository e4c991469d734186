import type { QuestionnaireSummary } from '@/domain/questionnaire/types'
import { useI18n } from '@/i18n/translator'

/** The computed duration of a questionnaire in words: "19 bis 21" or "8". */
export function useMinutes() {
  const { t } = useI18n()
  return {
    minutes: ({ minutes }: Pick<QuestionnaireSummary, 'minutes'>) =>
      minutes.low === minutes.high ? String(minutes.low) : t('check.start.minutesRange', { low: minutes.low, high: minutes.high }),
  }
}
