import { useI18n } from '@/i18n/translator'
import type { Reason } from '@/domain/measures/reasons'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { EMPLOYEE_CLASS_RANGES } from '@/domain/shapes/profile'
import { useCodeLabel } from '@/composables/useCodeLabel'
import { useDates } from '@/composables/useDates'
import { useLocalized } from '@/composables/useLocalized'

/**
 * Words a suggestion's reasons (data from the domain) in the shown language, e.g. "IT-Sicherheit
 * 30 von 100, Ziel 60 · Betrieb in Bayern mit 12 Beschäftigten · läuft bis 31.12.2027".
 */
export function useReasonText() {
  const { t, locale } = useI18n()
  const { localized } = useLocalized()
  const { codeLabel } = useCodeLabel()
  const { day } = useDates()

  const number = (value: number) => new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 }).format(value)

  function size(reason: Extract<Reason, { kind: 'size' }>): string {
    if (reason.fte !== undefined) return t('measures.reasons.fte', { count: number(reason.fte) })
    if (reason.headcount !== undefined) return t('measures.reasons.headcount', { count: reason.headcount })
    const range = reason.employees ? EMPLOYEE_CLASS_RANGES[reason.employees] : undefined
    if (!range) return ''
    return range[1] >= Number.MAX_SAFE_INTEGER ? t('measures.reasons.sizeFrom', { min: range[0] }) : t('measures.reasons.sizeRange', { min: range[0], max: range[1] })
  }

  function region(reason: Extract<Reason, { kind: 'region' }>): string {
    if (reason.state === null || reason.nationwide) return t('measures.reasons.nationwide')
    if (reason.district) return t('measures.reasons.district', { state: codeLabel('state', reason.state) })
    return t('measures.reasons.region', { state: codeLabel('state', reason.state) })
  }

  /** One reason in words. */
  function reasonText(reason: Reason, questionnaire: Questionnaire): string {
    switch (reason.kind) {
      case 'score': {
        const topic = reason.topic === undefined ? undefined : questionnaire.topics.find((entry) => entry.id === reason.topic)
        const dimension = questionnaire.dimensions.find((entry) => entry.id === reason.dimension)
        const title = topic ? localized(topic.title) : dimension ? localized(dimension.title) : (reason.topic ?? reason.dimension ?? '')
        // Whole points, as every score on the page is shown.
        return t('measures.reasons.score', { title, score: number(Math.round(reason.score)), target: number(Math.round(reason.target)) })
      }
      case 'answer': {
        const question = questionnaire.questions.find((entry) => entry.id === reason.question)
        return t('measures.reasons.answer', { question: question ? localized(question.text) : reason.question })
      }
      case 'region':
        return region(reason)
      case 'size':
        return t('measures.reasons.business', { size: size(reason) })
      case 'validity':
        return reason.validUntil === undefined ? t('measures.reasons.openEnded') : t('measures.reasons.validUntil', { date: day(reason.validUntil) })
      case 'unverified':
        return t('measures.reasons.unverified', { date: day(reason.lastVerified) })
      case 'eligibility-unknown':
        return t('measures.reasons.eligibilityUnknown', { facts: reason.facts.map((fact) => t(`measures.facts.${fact}`)).join(', ') })
      case 'successor':
        return t('measures.reasons.successor', { until: day(reason.validUntil), announced: day(reason.announced) })
    }
  }

  /** All reasons joined with " · "; region and size read as one phrase when the state is known. */
  function reasonsText(reasons: readonly Reason[], questionnaire: Questionnaire): string {
    const sizeReason = reasons.find((reason) => reason.kind === 'size')
    const regionReason = reasons.find((reason) => reason.kind === 'region')
    const combine = sizeReason !== undefined && regionReason !== undefined && regionReason.state !== null && !regionReason.nationwide
    const parts: string[] = []
    for (const reason of reasons) {
      if (combine && reason.kind === 'size') continue
      if (combine && reason.kind === 'region') parts.push(t('measures.reasons.regionWithSize', { state: codeLabel('state', reason.state), size: size(sizeReason) }))
      else parts.push(reasonText(reason, questionnaire))
    }
    return parts.join(' · ')
  }

  return { reasonText, reasonsText }
}
