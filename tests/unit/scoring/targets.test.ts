import { describe, expect, it } from 'vitest'
import { BASELINE_TARGET_LEVEL, resolveTargets } from '@/domain/scoring/targets'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { buildQuestionnaire, dimension, single } from './questionnaire-builder'

// Options worth 0..100 points, so the answer `oN` scores N.
const percent = Array.from({ length: 101 }, (_, i) => i)
const questionnaire = buildQuestionnaire(
  [single('r', 'reifegrad', percent), single('b', 'breitband', percent), single('f', 'fachkraefte', percent)],
  [dimension('reifegrad'), dimension('breitband'), dimension('fachkraefte')],
)
const result = scoreAssessment(questionnaire, { r: 'o30', b: 'o85' }, {})
const target = (targets: ReturnType<typeof resolveTargets>, id: string) => targets.find((t) => t.dimension === id)

describe('resolveTargets', () => {
  it('defaults to one level above today (here the baseline too)', () => {
    const targets = resolveTargets(result, questionnaire, {})
    expect(target(targets, 'reifegrad')).toEqual({
      dimension: 'reifegrad', currentLevel: 2, targetLevel: 3, targetScore: 40, gap: 10, chosen: false,
    })
  })

  it('keeps level 5 as the target at level 5, with no gap', () => {
    expect(target(resolveTargets(result, questionnaire, {}), 'breitband')).toMatchObject({
      currentLevel: 5, targetLevel: 5, targetScore: 80, gap: 0, chosen: false,
    })
  })

  it('aims at the baseline level 3 with the whole target score as gap when a dimension has no score', () => {
    expect(BASELINE_TARGET_LEVEL).toBe(3)
    expect(target(resolveTargets(result, questionnaire, {}), 'fachkraefte')).toMatchObject({
      currentLevel: null, targetLevel: 3, targetScore: 40, gap: 40,
    })
  })

  it('aims a field below the baseline at the baseline, not just one level up', () => {
    const weak = scoreAssessment(questionnaire, { r: 'o10', b: 'o85' }, {})
    expect(target(resolveTargets(weak, questionnaire, {}), 'reifegrad')).toEqual({
      dimension: 'reifegrad', currentLevel: 1, targetLevel: 3, targetScore: 40, gap: 30, chosen: false,
    })
  })

  it('uses a chosen target and never reports a negative gap', () => {
    const targets = resolveTargets(result, questionnaire, { reifegrad: 5, breitband: 3 })
    expect(target(targets, 'reifegrad')).toMatchObject({ targetLevel: 5, targetScore: 80, gap: 50, chosen: true })
    expect(target(targets, 'breitband')).toMatchObject({ targetLevel: 3, gap: 0, chosen: true })
  })

  it('lists the dimensions in questionnaire order', () => {
    expect(resolveTargets(result, questionnaire, {}).map((t) => t.dimension)).toEqual([
      'reifegrad', 'breitband', 'fachkraefte',
    ])
  })
})
