import { describe, expect, it } from 'vitest'
import { ANSWER_SECONDS, PROFILE_SECONDS, TYPICAL_PROFILES, WORDS_PER_MINUTE, estimateMinutes, minutesRange, questionSeconds } from '@/domain/questionnaire/duration'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { minimalValid } from './fixtures'

/*
 * Format 1 files gave the duration as `estimatedMinutes`, an author's guess; the app now computes it
 * from what a profile is shown: reading each visible question and its answers, plus answering.
 */

function loaded() {
  const result = loadQuestionnaire(minimalValid())
  if (!result.ok) throw new Error('minimal-valid.json must load')
  return result.questionnaire
}

describe('questionSeconds', () => {
  it('is the reading time of the question and its answers plus the time to answer its type', () => {
    const questionnaire = loaded()
    const shop = questionnaire.questions.find((question) => question.id === 'shop')!
    const words = [shop.text.de, ...('options' in shop ? shop.options.map((option) => option.text.de) : [])].join(' ').split(/\s+/).filter(Boolean).length
    expect(questionSeconds(shop)).toBeCloseTo((words / WORDS_PER_MINUTE) * 60 + ANSWER_SECONDS.single)
    const notiz = questionnaire.questions.find((question) => question.id === 'notiz')!
    expect(questionSeconds(notiz)).toBeGreaterThanOrEqual(ANSWER_SECONDS.text)
    expect(questionSeconds(notiz, 'en')).toBeGreaterThanOrEqual(ANSWER_SECONDS.text)
  })
})

describe('estimateMinutes', () => {
  it('counts the profile form and only the questions a profile is shown, in whole minutes', () => {
    const questionnaire = loaded()
    const seconds = (ids: string[]) => PROFILE_SECONDS + ids.map((id) => questionSeconds(questionnaire.questions.find((question) => question.id === id)!)).reduce((a, b) => a + b, 0)
    // Without answers: the questions shown to everybody (the shop question needs a website first).
    expect(estimateMinutes(questionnaire, {})).toBe(Math.ceil(seconds(['website', 'schutz', 'bandbreite', 'notiz']) / 60))
    // Follow-up questions count once the answers show them.
    const craft = { apprentices: true, sector: 'hw-bau' } as const
    expect(estimateMinutes(questionnaire, craft, { website: true })).toBe(
      Math.ceil(seconds(['website', 'shop', 'schutz', 'bandbreite', 'azubis-digital', 'notiz']) / 60),
    )
    expect(estimateMinutes(questionnaire, craft, { website: true })).toBeGreaterThanOrEqual(estimateMinutes(questionnaire, {}))
  })
})

describe('minutesRange', () => {
  it('is the least and most minutes over the typical profiles', () => {
    const questionnaire = loaded()
    const minutes = TYPICAL_PROFILES.map((profile) => estimateMinutes(questionnaire, profile))
    expect(minutesRange(questionnaire)).toEqual({ low: Math.min(...minutes), high: Math.max(...minutes) })
    expect(TYPICAL_PROFILES.length).toBeGreaterThanOrEqual(2)
  })
})
