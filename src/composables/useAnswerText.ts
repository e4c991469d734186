import type { Question } from '@/domain/questionnaire/types'
import type { AnswerValue } from '@/domain/shapes/answers'
import { useI18n } from '@/i18n/translator'
import { useLocalized } from './useLocalized'

/** An answer as a reader sees it: the chosen options' words, "Ja"/"Nein", a number with its unit. */
export function useAnswerText() {
  const { localized } = useLocalized()
  const { t } = useI18n()

  /** The answer's words; null when there is no answer. */
  function answerText(question: Question, value: AnswerValue | undefined): string | null {
    if (value === undefined) return null
    if (typeof value === 'object' && !Array.isArray(value)) return t('check.question.notApplicable')
    const optionText = (id: string) =>
      question.type === 'single' || question.type === 'multiple' ? localized(question.options.find((option) => option.id === id)?.text ?? { de: id, en: id }) : id
    if (question.type === 'single') return optionText(String(value))
    if (question.type === 'multiple' && Array.isArray(value)) return value.map(optionText).join(', ')
    if (question.type === 'yesno') return value ? t('check.question.yes') : t('check.question.no')
    if (question.type === 'number') return `${String(value)} ${localized(question.unit)}`.trim()
    return String(value)
  }

  return { answerText }
}
