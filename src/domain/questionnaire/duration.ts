import type { Answers } from '../shapes/answers'
import type { Profile } from '../shapes/profile'
import type { Locale } from '../text'
import type { Question, Questionnaire } from './types'
import { visibleQuestionIds } from './visibility'

/**
 * How long answering takes, computed from what a profile will actually be shown instead of an
 * author's guess: reading the question and its answers at a careful pace, plus the effort of
 * answering by type. Help texts are not counted: they are opened on demand.
 */

/** Reading speed of a careful reader of short business texts, words per minute. */
export const WORDS_PER_MINUTE = 180
/** Seconds to decide and give an answer, by question type, after reading. */
export const ANSWER_SECONDS: Readonly<Record<Question['type'], number>> = { yesno: 6, single: 10, multiple: 18, number: 20, text: 45 }
/** The profile form: state, district, sector, size, turnover and the rest. */
export const PROFILE_SECONDS = 120

/** Profiles the start page quotes durations for: small and mid-sized crafts businesses and a manufacturer. */
export const TYPICAL_PROFILES: readonly Profile[] = [
  { state: 'DE-NI', sector: 'hw-holz', employees: '1-9', headcount: 4, turnover: 'le2m', apprentices: false },
  { state: 'DE-BY', sector: 'hw-gebaeudetechnik', employees: '10-49', headcount: 12, turnover: 'le2m', apprentices: true },
  { state: 'DE-NW', sector: 'industrie', employees: '50-249', headcount: 150, turnover: 'le50m', apprentices: true },
]

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function questionWords(question: Question, locale: Locale): number {
  let count = words(question.text[locale] ?? '')
  if (question.type === 'single' || question.type === 'multiple') {
    for (const option of question.options) count += words(option.text[locale] ?? '')
  }
  if (question.type === 'number') count += words(question.unit[locale] ?? '')
  return count
}

/** Seconds one question takes: reading it and its answers, then answering. */
export function questionSeconds(question: Question, locale: Locale = 'de'): number {
  return (questionWords(question, locale) / WORDS_PER_MINUTE) * 60 + ANSWER_SECONDS[question.type]
}

/**
 * Whole minutes a profile takes for the questions it is shown (follow-up questions that depend on
 * answers count only once `answers` show them), including the profile form.
 */
export function estimateMinutes(questionnaire: Questionnaire, profile: Profile, answers: Answers = {}, locale: Locale = 'de'): number {
  const visible = visibleQuestionIds(questionnaire, answers, profile)
  let seconds = PROFILE_SECONDS
  for (const question of questionnaire.questions) if (visible.has(question.id)) seconds += questionSeconds(question, locale)
  return Math.ceil(seconds / 60)
}

/** The range of minutes over the typical profiles, for the start page and the chooser. */
export function minutesRange(questionnaire: Questionnaire): { low: number; high: number } {
  const minutes = TYPICAL_PROFILES.map((profile) => estimateMinutes(questionnaire, profile))
  return { low: Math.min(...minutes), high: Math.max(...minutes) }
}
