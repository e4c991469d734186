import type { DimensionId, Locale, Questionnaire } from '../questionnaire/types'
import { STATES, type EmployeeClass, type Profile, type StateCode } from '../profile/profile-fields'
import { employeeRange, hasEmployeeLimits, isNationwide } from './eligibility'
import type { Measure } from './types'

/** Why a measure is suggested, as data; `reasonText` turns it into words. */
export type Reason =
  | { kind: 'score'; dimension?: DimensionId; topic?: string; score: number; target: number }
  | { kind: 'answer'; question: string }
  | { kind: 'region'; state: StateCode | null; nationwide: boolean }
  | { kind: 'size'; headcount?: number; employees?: EmployeeClass }
  | { kind: 'validity'; validUntil?: string }
  | { kind: 'unverified'; lastVerified: string }

/**
 * The reasons that do not depend on the answers: where the business is, its size when the measure
 * has a size limit, how long the measure runs, and whether its status is confirmed.
 */
export function contextReasons(measure: Measure, profile: Profile): Reason[] {
  const reasons: Reason[] = [
    { kind: 'region', state: profile.state ?? null, nationwide: isNationwide(measure, profile) },
  ]
  if (hasEmployeeLimits(measure.eligibility) && employeeRange(profile)) {
    reasons.push(
      profile.headcount !== undefined
        ? { kind: 'size', headcount: profile.headcount }
        : { kind: 'size', employees: profile.employees },
    )
  }
  reasons.push(measure.validUntil === undefined ? { kind: 'validity' } : { kind: 'validity', validUntil: measure.validUntil })
  if (!measure.statusVerified) reasons.push({ kind: 'unverified', lastVerified: measure.lastVerified })
  return reasons
}

/** One reason in plain words, e.g. "IT-Sicherheit 30 von 100, Ziel 60". */
export function reasonText(reason: Reason, locale: Locale, questionnaire: Questionnaire): string {
  const de = locale === 'de'
  switch (reason.kind) {
    case 'score': {
      const title = scoreTitle(reason, locale, questionnaire)
      const score = formatNumber(reason.score, locale)
      const target = formatNumber(reason.target, locale)
      return de ? `${title} ${score} von 100, Ziel ${target}` : `${title} ${score} of 100, target ${target}`
    }
    case 'answer': {
      const question = questionnaire.questions.find((q) => q.id === reason.question)
      const text = question?.text[locale] ?? reason.question
      return de ? `Ihre Antwort auf „${text}“` : `Your answer to “${text}”`
    }
    case 'region':
      return regionPhrase(reason, locale)
    case 'size':
      return `${de ? 'Betrieb' : 'Business'} ${sizePhrase(reason, locale)}`
    case 'validity':
      if (reason.validUntil === undefined) return de ? 'ohne festes Enddatum' : 'no fixed end date'
      return de ? `läuft bis ${formatDate(reason.validUntil, locale)}` : `runs until ${formatDate(reason.validUntil, locale)}`
    case 'unverified':
      return de
        ? `Status nicht bestätigt – bitte beim Anbieter nachfragen (Stand ${formatDate(reason.lastVerified, locale)})`
        : `Status not confirmed – please check with the provider (as of ${formatDate(reason.lastVerified, locale)})`
  }
}

/**
 * All reasons of a suggestion joined with " · ". Region and size read as one phrase when the state
 * is known ("Betrieb in Bayern mit 12 Beschäftigten").
 */
export function suggestionReasonsText(
  suggestion: { reasons: Reason[] },
  locale: Locale,
  questionnaire: Questionnaire,
): string {
  const size = suggestion.reasons.find((r) => r.kind === 'size')
  const region = suggestion.reasons.find((r) => r.kind === 'region')
  const combine = size !== undefined && region !== undefined && region.state !== null
  const parts: string[] = []
  for (const reason of suggestion.reasons) {
    if (combine && reason.kind === 'size') continue
    if (combine && reason.kind === 'region') {
      parts.push(`${regionPhrase(reason, locale)} ${sizePhrase(size, locale)}`)
    } else {
      parts.push(reasonText(reason, locale, questionnaire))
    }
  }
  return parts.join(' · ')
}

/** An ISO date as `31.12.2027` (de) or `31 Dec 2027` (en); anything else is returned unchanged. */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = match ? EN_MONTHS[Number(match[2]) - 1] : undefined
  if (!match || month === undefined) return iso
  const [, year, mm, dd] = match
  return locale === 'de' ? `${dd}.${mm}.${year}` : `${Number(dd)} ${month} ${year}`
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function scoreTitle(reason: { dimension?: DimensionId; topic?: string }, locale: Locale, questionnaire: Questionnaire): string {
  if (reason.topic !== undefined) {
    return questionnaire.topics.find((t) => t.id === reason.topic)?.title[locale] ?? reason.topic
  }
  const dimension = questionnaire.dimensions.find((d) => d.id === reason.dimension)
  return dimension?.title[locale] ?? reason.dimension ?? ''
}

function regionPhrase(reason: { state: StateCode | null }, locale: Locale): string {
  const state = STATES.find((s) => s.code === reason.state)
  if (!state) return locale === 'de' ? 'bundesweites Angebot' : 'nationwide offer'
  return locale === 'de' ? `Betrieb in ${state.label.de}` : `Business in ${state.label.en}`
}

/** "mit 12 Beschäftigten" / "with 12 employees", or the class range when no headcount is given. */
function sizePhrase(reason: { headcount?: number; employees?: EmployeeClass }, locale: Locale): string {
  const de = locale === 'de'
  if (reason.headcount !== undefined) {
    if (de) return `mit ${reason.headcount} Beschäftigten`
    return `with ${reason.headcount} ${reason.headcount === 1 ? 'employee' : 'employees'}`
  }
  const range = employeeRange({ employees: reason.employees })
  if (!range) return ''
  if (range.max === Infinity) return de ? `mit ${range.min} oder mehr Beschäftigten` : `with ${range.min} or more employees`
  return de ? `mit ${range.min} bis ${range.max} Beschäftigten` : `with ${range.min} to ${range.max} employees`
}

/** Whole numbers as they are, others with one decimal and the locale's decimal mark. */
function formatNumber(value: number, locale: Locale): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return locale === 'de' ? text.replace('.', ',') : text
}
