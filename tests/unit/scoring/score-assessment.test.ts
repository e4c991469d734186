import { describe, expect, it } from 'vitest'
import { levelForScore, scoreAssessment } from '@/domain/scoring/score-assessment'
import { ENGINE_VERSION } from '@/domain/scoring/engine-version'
import { buildQuestionnaire, dimension, LEVELS, single, type TestQuestion } from './questionnaire-builder'

const NA = { na: true } as const
const byDim = (result: ReturnType<typeof scoreAssessment>, id: string) =>
  result.dimensions.find((d) => d.dimension === id)!

describe('scoreAssessment', () => {
  it('labels the result with the engine version and questionnaire id@version', () => {
    const result = scoreAssessment(buildQuestionnaire([]), {}, {})
    expect(result.engineVersion).toBe(ENGINE_VERSION)
    expect(result.questionnaire).toBe('test@1.0.0')
  })

  it('takes the weighted mean of question scores, as 0..100 with one decimal', () => {
    const q = buildQuestionnaire([
      single('a', 'reifegrad', [0, 1], { weight: 2 }),
      single('b', 'reifegrad', [0, 1]),
      single('c', 'reifegrad', [0, 1, 2]),
    ])
    // (1·2 + 0·1 + 0.5·1) / 4 = 0.625
    const result = scoreAssessment(q, { a: 'o1', b: 'o0', c: 'o1' }, {})
    expect(byDim(result, 'reifegrad').score).toBe(62.5)
    const thirds = scoreAssessment(q, { a: 'o0', b: 'o1', c: 'o0' }, {})
    expect(byDim(thirds, 'reifegrad').score).toBe(25)
    const q3 = buildQuestionnaire([single('a', 'reifegrad', [0, 1]), single('b', 'reifegrad', [0, 1]), single('c', 'reifegrad', [0, 1])])
    expect(byDim(scoreAssessment(q3, { a: 'o1', b: 'o0', c: 'o0' }, {}), 'reifegrad').score).toBe(33.3)
  })

  it('leaves N/A and unanswered questions out of the denominator', () => {
    const q = buildQuestionnaire([
      single('a', 'reifegrad', [0, 1]),
      single('b', 'reifegrad', [0, 1]),
      single('c', 'reifegrad', [0, 1]),
    ])
    const result = scoreAssessment(q, { a: 'o1', b: NA }, {})
    const dim = byDim(result, 'reifegrad')
    expect(dim).toMatchObject({ score: 100, answered: 1, notApplicable: 1, visible: 3 })
    expect(dim.completeness).toBeCloseTo(2 / 3)
  })

  it('reports null score, and completeness 1 when nothing is visible', () => {
    const q = buildQuestionnaire([single('a', 'reifegrad', [0, 1])])
    const result = scoreAssessment(q, {}, {})
    expect(byDim(result, 'reifegrad')).toMatchObject({ score: null, level: null, completeness: 0, visible: 1 })
    expect(byDim(result, 'breitband')).toMatchObject({ score: null, level: null, completeness: 1, visible: 0 })
    expect(result.overall.score).toBeNull()
  })

  it('counts an invalid answer as unanswered, not as N/A', () => {
    const q = buildQuestionnaire([single('a', 'reifegrad', [0, 1]), single('b', 'reifegrad', [0, 1])])
    const dim = byDim(scoreAssessment(q, { a: 'nope', b: 'o1' }, {}), 'reifegrad')
    expect(dim).toMatchObject({ score: 100, answered: 1, notApplicable: 0, completeness: 0.5 })
  })

  it('ignores a hidden question and its answer', () => {
    const q = buildQuestionnaire([
      single('uses-cloud', 'reifegrad', [0, 1]),
      single('cloud-backup', 'reifegrad', [0, 1], { visibleIf: "answers.uses-cloud == 'o1'" }),
      single('apprentice-tools', 'reifegrad', [0, 1], { visibleIf: 'profile.apprentices == true' }),
    ])
    const answers = { 'uses-cloud': 'o0', 'cloud-backup': 'o1', 'apprentice-tools': 'o1' }
    const hidden = byDim(scoreAssessment(q, answers, { apprentices: false }), 'reifegrad')
    expect(hidden).toMatchObject({ score: 0, answered: 1, visible: 1, completeness: 1 })
    const shown = byDim(scoreAssessment(q, { ...answers, 'uses-cloud': 'o1' }, { apprentices: true }), 'reifegrad')
    expect(shown).toMatchObject({ score: 100, answered: 3, visible: 3 })
  })

  it('never scores free-text questions', () => {
    const text: TestQuestion = { id: 'notes', dimension: 'reifegrad', type: 'text', text: { de: 'x', en: 'x' } }
    const q = buildQuestionnaire([text, single('a', 'reifegrad', [0, 1])])
    const dim = byDim(scoreAssessment(q, { notes: 'anything', a: 'o1' }, {}), 'reifegrad')
    expect(dim).toMatchObject({ score: 100, visible: 1 })
  })

  it('never scores context questions: they are asked, not counted, whatever their answer', () => {
    const t = { de: 'x', en: 'x' }
    const context: TestQuestion[] = [
      { id: 'school', dimension: 'reifegrad', scope: 'context', type: 'single', text: t, options: [{ id: 'near', text: t }, { id: 'far', text: t }] },
      { id: 'fibre', dimension: 'reifegrad', scope: 'context', type: 'yesno', text: t },
    ]
    const q = buildQuestionnaire([...context, single('a', 'reifegrad', [0, 1])])
    const result = scoreAssessment(q, { school: 'far', fibre: false, a: 'o1' }, {})
    expect(byDim(result, 'reifegrad')).toMatchObject({ score: 100, answered: 1, visible: 1, completeness: 1 })
    expect(result.overall).toMatchObject({ score: 100, answered: 1, visible: 1 })
  })

  it('counts a “not relevant for our customers” answer like N/A: out of the denominator, shown as answered', () => {
    const t = { de: 'x', en: 'x' }
    const shop = single('shop', 'reifegrad', [0, 1])
    const withNotRelevant = { ...shop, options: [...(shop as { options: object[] }).options, { id: 'not-relevant', text: t, notRelevant: true }] } as TestQuestion
    const q = buildQuestionnaire([withNotRelevant, single('a', 'reifegrad', [0, 1])])
    const dim = byDim(scoreAssessment(q, { shop: 'not-relevant', a: 'o1' }, {}), 'reifegrad')
    expect(dim).toMatchObject({ score: 100, answered: 1, notApplicable: 1, visible: 2, completeness: 1 })
  })

  it('weighs dimensions in the overall score and skips dimensions without a score', () => {
    const q = buildQuestionnaire(
      [single('a', 'reifegrad', [0, 1]), single('b', 'breitband', [0, 1]), single('c', 'bildung', [0, 1])],
      [dimension('reifegrad', 3), dimension('breitband', 1), dimension('bildung', 5)],
    )
    const result = scoreAssessment(q, { a: 'o1', b: 'o0' }, {})
    expect(result.overall.score).toBe(75)
    expect(result.overall).toMatchObject({ answered: 2, visible: 3 })
    expect(result.overall.completeness).toBeCloseTo(2 / 3)
  })

  it('scores topics across dimensions and assigns them the dimension of most questions', () => {
    const q = buildQuestionnaire(
      [
        single('a', 'reifegrad', [0, 1], { topic: 'it-security' }),
        single('b', 'reifegrad', [0, 1], { topic: 'it-security' }),
        single('c', 'fachkraefte', [0, 1], { topic: 'it-security' }),
        single('d', 'fachkraefte', [0, 1]),
      ],
      [dimension('fachkraefte'), dimension('reifegrad')],
      ['it-security', 'unused'],
    )
    const result = scoreAssessment(q, { a: 'o1', b: 'o0', c: 'o0', d: 'o1' }, {})
    expect(result.topics).toHaveLength(1)
    expect(result.topics[0]).toMatchObject({ topic: 'it-security', dimension: 'reifegrad', score: 33.3, answered: 3 })
  })

  it('assigns levels at the band edges', () => {
    expect(levelForScore(0, LEVELS)).toBe(1)
    expect(levelForScore(19.9, LEVELS)).toBe(1)
    expect(levelForScore(20, LEVELS)).toBe(2)
    expect(levelForScore(39.9, LEVELS)).toBe(2)
    expect(levelForScore(40, LEVELS)).toBe(3)
    expect(levelForScore(79.9, LEVELS)).toBe(4)
    expect(levelForScore(80, LEVELS)).toBe(5)
    expect(levelForScore(100, LEVELS)).toBe(5)
    expect(levelForScore(null, LEVELS)).toBeNull()
  })

  it('derives the level from the rounded score, so what is shown and the level agree', () => {
    // 79.96 would read as 80.0 on screen; the level must then be 5 too.
    const q = buildQuestionnaire([single('a', 'reifegrad', [0, 7996, 10000])])
    const dim = byDim(scoreAssessment(q, { a: 'o1' }, {}), 'reifegrad')
    expect(dim).toMatchObject({ score: 80, level: 5 })
  })
})
