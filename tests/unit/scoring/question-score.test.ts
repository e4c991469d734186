import { describe, expect, it } from 'vitest'
import { scoreQuestion } from '@/domain/scoring/question-score'
import type { ScoredQuestion } from '@/domain/questionnaire/visibility'

const t = (s: string) => ({ de: s, en: s })
const NA = { na: true } as const

const single: ScoredQuestion = {
  id: 's', dimension: 'reifegrad', scope: 'firm', text: t('s'), type: 'single',
  options: [
    { id: 'none', text: t('none'), points: 0 },
    { id: 'some', text: t('some'), points: 2 },
    { id: 'full', text: t('full'), points: 4 },
  ],
}
const multiple: ScoredQuestion = {
  id: 'm', dimension: 'reifegrad', scope: 'firm', text: t('m'), type: 'multiple', maxPoints: 4,
  options: [
    { id: 'a', text: t('a'), points: 1 },
    { id: 'b', text: t('b'), points: 2 },
    { id: 'c', text: t('c'), points: 3 },
    { id: 'nothing', text: t('nothing'), points: 0, exclusive: true },
  ],
}
const yesno: ScoredQuestion = {
  id: 'y', dimension: 'reifegrad', scope: 'firm', text: t('y'), type: 'yesno', points: { yes: 3, no: 1 },
}
const number: ScoredQuestion = {
  id: 'n', dimension: 'breitband', scope: 'firm', text: t('n'), type: 'number', unit: t('Mbit/s'), min: 0, max: 10000,
  bands: [
    { min: 0, points: 0, label: t('< 16') },
    { min: 16, points: 1, label: t('16–50') },
    { min: 50, points: 2, label: t('50–250') },
    { min: 250, points: 4, label: t('≥ 250') },
  ],
}

describe('scoreQuestion', () => {
  it('returns null for unanswered and N/A, for every type', () => {
    for (const q of [single, multiple, yesno, number]) {
      expect(scoreQuestion(q, undefined)).toBeNull()
      expect(scoreQuestion(q, NA)).toBeNull()
    }
  })

  it('scores single choice as points over the best option', () => {
    expect(scoreQuestion(single, 'none')).toBe(0)
    expect(scoreQuestion(single, 'some')).toBe(0.5)
    expect(scoreQuestion(single, 'full')).toBe(1)
  })

  it('rejects unknown options and values of the wrong type', () => {
    expect(scoreQuestion(single, 'unknown')).toBeNull()
    expect(scoreQuestion(single, ['some'])).toBeNull()
    expect(scoreQuestion(single, true)).toBeNull()
    expect(scoreQuestion(multiple, 'a')).toBeNull()
    expect(scoreQuestion(multiple, ['a', 'zzz'])).toBeNull()
    expect(scoreQuestion(yesno, 'yes')).toBeNull()
    expect(scoreQuestion(number, '100')).toBeNull()
    expect(scoreQuestion(number, Number.NaN)).toBeNull()
  })

  it('sums multiple choice points and caps them at maxPoints', () => {
    expect(scoreQuestion(multiple, ['a'])).toBe(0.25)
    expect(scoreQuestion(multiple, ['a', 'b'])).toBe(0.75)
    expect(scoreQuestion(multiple, ['b', 'c'])).toBe(1)
    expect(scoreQuestion(multiple, ['a', 'b', 'c'])).toBe(1)
    expect(scoreQuestion(multiple, ['nothing'])).toBe(0)
  })

  it('counts a repeated option once and an empty selection as unanswered', () => {
    expect(scoreQuestion(multiple, ['a', 'a', 'a'])).toBe(0.25)
    expect(scoreQuestion(multiple, [])).toBeNull()
  })

  it('scores yes/no against the larger of both', () => {
    expect(scoreQuestion(yesno, true)).toBe(1)
    expect(scoreQuestion(yesno, false)).toBeCloseTo(1 / 3)
  })

  it('scores numbers by the highest band whose min is not above the value', () => {
    expect(scoreQuestion(number, 0)).toBe(0)
    expect(scoreQuestion(number, 15.9)).toBe(0)
    expect(scoreQuestion(number, 16)).toBe(0.25)
    expect(scoreQuestion(number, 249)).toBe(0.5)
    expect(scoreQuestion(number, 250)).toBe(1)
    expect(scoreQuestion(number, 10000)).toBe(1)
  })

  it('returns null for numbers outside the question range', () => {
    expect(scoreQuestion(number, -1)).toBeNull()
    expect(scoreQuestion(number, 10001)).toBeNull()
  })
})

describe('scoreQuestion and “not relevant for our customers”', () => {
  const notRelevant = { id: 'not-relevant', text: t('not relevant'), notRelevant: true }

  it('returns null for a chosen “not relevant” option, like N/A, in single and multiple choice', () => {
    const singleWith: ScoredQuestion = { ...single, options: [...single.options, notRelevant] } as ScoredQuestion
    const multipleWith: ScoredQuestion = { ...multiple, options: [...multiple.options, { ...notRelevant, exclusive: true }] } as ScoredQuestion
    expect(scoreQuestion(singleWith, 'not-relevant')).toBeNull()
    expect(scoreQuestion(singleWith, 'full')).toBe(1)
    expect(scoreQuestion(multipleWith, ['not-relevant'])).toBeNull()
    expect(scoreQuestion(multipleWith, ['a', 'b'])).toBe(0.75)
  })
})
