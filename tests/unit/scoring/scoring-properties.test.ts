import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { scoreQuestion } from '@/domain/scoring/question-score'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { buildQuestionnaire, dimension } from './questionnaire-builder'
import type { AnswerValue, Answers } from '@/domain/shapes/answers'
import type { DimensionId } from '@/domain/indicator-fields'
import type { ScoredQuestion } from '@/domain/questionnaire/visibility'
import type { AssessmentResult } from '@/domain/shapes/result'

/*
 * Random small questionnaires (1–3 dimensions, 1–8 questions of every scored type, random weights,
 * points and topics) with random answers: unanswered, N/A, valid or invalid values. They have no
 * `visibleIf`: with conditions, changing one answer may hide other questions, and none of the
 * invariants below is meant to hold across such a change.
 */

const t = (s: string) => ({ de: s, en: s })
const NA = { na: true } as const
const DIMENSIONS: DimensionId[] = ['reifegrad', 'breitband', 'fachkraefte']
const TOPICS = ['t1', 't2']

/** Points with at least one positive value, so the question has a maximum to divide by. */
const points = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 10 }), { minLength: min, maxLength: max }).map((ps) => (ps.some((p) => p > 0) ? ps : [...ps.slice(1), 1]))

function questionArb(id: string): fc.Arbitrary<ScoredQuestion> {
  const base = fc.record({
    dimension: fc.constantFrom(...DIMENSIONS),
    weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    topic: fc.option(fc.constantFrom(...TOPICS), { nil: undefined }),
  }).map(({ weight, topic, ...rest }) => ({
    id, scope: 'firm' as const, text: t(id), ...rest, ...(weight === undefined ? {} : { weight }), ...(topic === undefined ? {} : { topic }),
  }))
  const options = (ps: number[]) => ps.map((p, i) => ({ id: `o${i}`, text: t(`o${i}`), points: p }))
  return fc.oneof(
    fc.tuple(base, points(2, 5)).map(([b, ps]): ScoredQuestion => ({ ...b, type: 'single', options: options(ps) })),
    fc.tuple(base, points(2, 4), fc.integer({ min: 1, max: 12 })).map(
      ([b, ps, maxPoints]): ScoredQuestion => ({ ...b, type: 'multiple', options: options(ps), maxPoints }),
    ),
    fc.tuple(base, points(2, 2)).map(([b, [yes = 1, no = 0]]): ScoredQuestion => ({ ...b, type: 'yesno', points: { yes, no } })),
    fc.tuple(base, points(1, 4)).map(([b, ps]): ScoredQuestion => ({
      ...b, type: 'number', unit: t('x'), min: 0, max: 1000,
      bands: ps.map((p, i) => ({ min: i * 100, points: p, label: t(`b${i}`) })),
    })),
  )
}

const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`q${i}`)))),
    fc.tuple(...DIMENSIONS.map(() => fc.integer({ min: 1, max: 4 }))),
  )
  .map(([questions, weights]) =>
    buildQuestionnaire(questions, DIMENSIONS.map((id, i) => dimension(id, weights[i])), TOPICS),
  )

/** Every value that fits the question. */
function validValueArb(q: ScoredQuestion): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.id))
    case 'multiple':
      return fc.subarray(q.options.map((o) => o.id), { minLength: 1 })
    case 'yesno':
      return fc.boolean()
    case 'number':
      return fc.integer({ min: q.min, max: q.max })
  }
}

function answerArb(q: ScoredQuestion): fc.Arbitrary<AnswerValue | undefined> {
  return fc.oneof(
    { arbitrary: validValueArb(q), weight: 4 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constant(NA), weight: 1 },
    { arbitrary: fc.constantFrom<AnswerValue>('zzz', 5000, ['zzz']), weight: 1 },
  )
}

const scored = (q: Questionnaire) => q.questions as ScoredQuestion[]

const caseArb = questionnaireArb.chain((questionnaire) =>
  fc.tuple(
    fc.constant(questionnaire),
    fc.tuple(...scored(questionnaire).map(answerArb)).map((values) => toAnswers(questionnaire, values)),
    fc.nat(),
  ),
)

function toAnswers(questionnaire: Questionnaire, values: (AnswerValue | undefined)[]): Answers {
  const answers: Answers = {}
  questionnaire.questions.forEach((q, i) => {
    const value = values[i]
    if (value !== undefined) answers[q.id] = value
  })
  return answers
}

function allSummaries(result: AssessmentResult) {
  return [result.overall, ...result.dimensions, ...result.topics]
}

/** `after` is not lower than `before`; a score that drops out (null) is not a lower score. */
function notLower(before: number | null, after: number | null): boolean {
  return before === null || after === null || after >= before
}

const dimScore = (result: AssessmentResult, id: DimensionId) =>
  result.dimensions.find((d) => d.dimension === id)?.score ?? null

describe('scoring properties', () => {
  it('keeps every score within 0..100 (or null) and completeness within 0..1', () => {
    fc.assert(
      fc.property(caseArb, ([questionnaire, answers]) => {
        for (const s of allSummaries(scoreAssessment(questionnaire, answers, {}))) {
          if (s.score !== null) expect(s.score >= 0 && s.score <= 100).toBe(true)
          expect(s.completeness >= 0 && s.completeness <= 1).toBe(true)
          expect(s.answered + s.notApplicable).toBeLessThanOrEqual(s.visible)
          expect(s.level === null).toBe(s.score === null)
        }
      }),
    )
  })

  it('does not change any score when an unanswered question is marked N/A', () => {
    fc.assert(
      fc.property(caseArb, ([questionnaire, answers, pick]) => {
        const unanswered = questionnaire.questions.filter((q) => answers[q.id] === undefined)
        const target = unanswered[pick % Math.max(1, unanswered.length)]
        fc.pre(target !== undefined)
        const before = scoreAssessment(questionnaire, answers, {})
        const after = scoreAssessment(questionnaire, { ...answers, [target!.id]: NA }, {})
        expect(allSummaries(after).map((s) => s.score)).toEqual(allSummaries(before).map((s) => s.score))
      }),
    )
  })

  it('never lowers its dimension, topic or overall score when an answer that scored 0 is marked N/A', () => {
    fc.assert(
      fc.property(caseArb, ([questionnaire, answers, pick]) => {
        const zeros = scored(questionnaire).filter((q) => scoreQuestion(q, answers[q.id]) === 0)
        const target = zeros[pick % Math.max(1, zeros.length)]
        fc.pre(target !== undefined)
        const before = scoreAssessment(questionnaire, answers, {})
        const after = scoreAssessment(questionnaire, { ...answers, [target!.id]: NA }, {})
        expect(notLower(dimScore(before, target!.dimension), dimScore(after, target!.dimension))).toBe(true)
        expect(notLower(before.overall.score, after.overall.score)).toBe(true)
        const topic = (r: AssessmentResult) => r.topics.find((x) => x.topic === target!.topic)?.score ?? null
        expect(notLower(topic(before), topic(after))).toBe(true)
      }),
    )
  })

  it('never lowers the dimension or overall score when an answer is changed to one worth more points', () => {
    const withSecondValue = caseArb.chain(([questionnaire, answers, pick]) => {
      const q = scored(questionnaire)[pick % questionnaire.questions.length]!
      return fc.tuple(fc.constant(questionnaire), fc.constant(answers), fc.constant(q), validValueArb(q), validValueArb(q))
    })
    fc.assert(
      fc.property(withSecondValue, ([questionnaire, answers, q, first, second]) => {
        const [low, high] = [first, second].sort((a, b) => (scoreQuestion(q, a) ?? 0) - (scoreQuestion(q, b) ?? 0))
        const before = scoreAssessment(questionnaire, { ...answers, [q.id]: low! }, {})
        const after = scoreAssessment(questionnaire, { ...answers, [q.id]: high! }, {})
        expect(dimScore(after, q.dimension)!).toBeGreaterThanOrEqual(dimScore(before, q.dimension)!)
        expect(after.overall.score!).toBeGreaterThanOrEqual(before.overall.score!)
      }),
    )
  })

  it('never changes any score when context questions (never scored) are asked and answered', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ([questionnaire, answers], pick) => {
        const source = scored(questionnaire)[pick % questionnaire.questions.length]!
        // The same question about the surroundings: no points, as a context question has none.
        const context = { ...source, id: 'context-question', scope: 'context' as const, type: 'single' as const, options: [{ id: 'a', text: t('a') }, { id: 'b', text: t('b') }] }
        const withContext = buildQuestionnaire([...questionnaire.questions, context], questionnaire.dimensions, TOPICS)
        const before = scoreAssessment(questionnaire, answers, {})
        const after = scoreAssessment(withContext, { ...answers, 'context-question': 'b' }, {})
        expect(after).toEqual(before)
      }),
    )
  })

  it('scores every valid answer of a question within 0..1', () => {
    const questionAndValue = questionArb('q').chain((q) => fc.tuple(fc.constant(q), validValueArb(q)))
    fc.assert(
      fc.property(questionAndValue, ([q, value]) => {
        const score = scoreQuestion(q, value)
        expect(score).not.toBeNull()
        expect(score! >= 0 && score! <= 1).toBe(true)
      }),
    )
  })
})
