import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIMENSION_IDS, type DimensionId, type LevelNumber } from '@/domain/indicator-fields'
import { matchMeasures } from '@/domain/measures/match-measures'
import type { Measure, MeasuresCatalogue } from '@/domain/measures/catalogue-format'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { fieldStandings, STRENGTH_MIN_SCORE } from '@/domain/results/field-standing'
import { weakTopics } from '@/domain/results/weak-topics'
import { levelForScore } from '@/domain/scoring/score-assessment'
import { BASELINE_TARGET_LEVEL, resolveTargets } from '@/domain/scoring/targets'
import type { AssessmentResult, ScoreSummary } from '@/domain/shapes/result'

/**
 * The rules of strengths, gaps and priorities (domain/results, domain/measures/match-measures), as
 * properties over random results: they must hold for every business, not just the examples.
 */

const LEVELS = [0, 20, 40, 60, 80].map((minScore, index) => ({ level: (index + 1) as LevelNumber, minScore, name: { de: 'x', en: 'x' }, text: { de: 'x', en: 'x' } }))
const text = { de: 't', en: 't' }
const questionnaire = (contextOnly: DimensionId[] = []): Questionnaire => ({
  formatVersion: 2,
  id: 'q',
  version: '1.0.0',
  title: text,
  description: text,
  profileFields: ['state'],
  dimensions: DIMENSION_IDS.map((id) => ({ id, title: text, description: text, weight: 1, advice: [] })),
  topics: [{ id: 'it-security', title: text }],
  levels: LEVELS,
  questions: DIMENSION_IDS.map((id) => ({ id: `q-${id}`, dimension: id, scope: contextOnly.includes(id) ? 'context' : 'firm', type: 'yesno', text, ...(contextOnly.includes(id) ? {} : { points: { yes: 1, no: 0 } }), ...(id === 'reifegrad' ? { topic: 'it-security' } : {}) })),
  steps: [],
})

const summary = (score: number | null): ScoreSummary => ({ score, level: levelForScore(score, LEVELS), completeness: 1, answered: 1, notApplicable: 0, visible: 1 })
const scoreArb = fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null, freq: 6 })
const resultArb = fc.record({
  scores: fc.tuple(...DIMENSION_IDS.map(() => scoreArb)),
  topic: scoreArb,
  chosen: fc.dictionary(fc.constantFrom(...DIMENSION_IDS), fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<LevelNumber>),
})
const resultOf = (scores: (number | null)[], topic: number | null): AssessmentResult => ({
  engineVersion: '2.0.0',
  questionnaire: 'q@1.0.0',
  overall: summary(50),
  dimensions: DIMENSION_IDS.map((dimension, index) => ({ ...summary(scores[index] ?? null), dimension })),
  topics: [{ ...summary(topic), topic: 'it-security', dimension: 'reifegrad' }],
})

describe('strengths and gaps', () => {
  it('never lists a field as both, and every scored field is exactly one of gap, strength or on track', () => {
    fc.assert(
      fc.property(resultArb, ({ scores, topic, chosen }) => {
        const result = resultOf(scores, topic)
        const targets = resolveTargets(result, questionnaire(), chosen)
        const standings = fieldStandings(result, questionnaire(), targets)
        const gaps = new Set(standings.gaps.map((field) => field.dimension))
        for (const strength of standings.strengths) expect(gaps.has(strength.dimension)).toBe(false)
        for (const field of standings.fields) {
          const target = targets.find((entry) => entry.dimension === field.dimension)!.targetScore
          if (field.score === null) expect(['no-score', 'context']).toContain(field.kind)
          else if (field.score < target) expect(field.kind).toBe('gap')
          else expect(field.kind).toBe(field.score >= STRENGTH_MIN_SCORE ? 'strength' : 'on-track')
        }
      }),
    )
  })

  it('ranks gaps by weakness first: a lower score always comes before a higher one', () => {
    fc.assert(
      fc.property(resultArb, ({ scores, topic, chosen }) => {
        const result = resultOf(scores, topic)
        const gaps = fieldStandings(result, questionnaire(), resolveTargets(result, questionnaire(), chosen)).gaps
        for (let index = 1; index < gaps.length; index++) {
          const [before, after] = [gaps[index - 1]!, gaps[index]!]
          expect(before.score!).toBeLessThanOrEqual(after.score!)
          if (before.score === after.score) expect(before.gap).toBeGreaterThanOrEqual(after.gap)
        }
      }),
    )
  })

  it('shows a field without firm questions as surroundings, never as a score, gap or strength', () => {
    fc.assert(
      fc.property(resultArb, ({ scores, topic, chosen }) => {
        const result = resultOf(scores, topic)
        const q = questionnaire(['breitband-bildung'])
        const standings = fieldStandings(result, q, resolveTargets(result, q, chosen))
        expect(standings.context.map((field) => field.dimension)).toEqual(['breitband-bildung'])
        expect([...standings.gaps, ...standings.strengths].some((field) => field.dimension === 'breitband-bildung')).toBe(false)
      }),
    )
  })

  it('targets a weak field at least at the baseline level by default, so a weaker field is never closer to its target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), (a, b) => {
        const [weak, strong] = a <= b ? [a, b] : [b, a]
        const result = resultOf([weak, strong, null, null, null, null, null], null)
        const [weakTarget, strongTarget] = resolveTargets(result, questionnaire(), {})
        expect(weakTarget!.targetLevel).toBeGreaterThanOrEqual(BASELINE_TARGET_LEVEL)
        // Below the baseline both aim at the same level, so the weaker one has the larger gap. (Above
        // it the target is the next level; gaps are then ranked by score first, tested above.)
        const baselineScore = LEVELS[BASELINE_TARGET_LEVEL - 1]!.minScore
        if (weak < baselineScore && strong < baselineScore) expect(weakTarget!.gap).toBeGreaterThanOrEqual(strongTarget!.gap)
        expect(weakTarget!.targetScore).toBeGreaterThanOrEqual(Math.min(strongTarget!.targetScore, LEVELS[BASELINE_TARGET_LEVEL - 1]!.minScore))
      }),
    )
  })

  it('lists a weak topic weakest first and only below its field’s target', () => {
    fc.assert(
      fc.property(resultArb, ({ scores, topic, chosen }) => {
        const result = resultOf(scores, topic)
        const targets = resolveTargets(result, questionnaire(), chosen)
        const weak = weakTopics(result, targets)
        const target = targets.find((entry) => entry.dimension === 'reifegrad')!.targetScore
        expect(weak.length).toBe(topic !== null && topic < target ? 1 : 0)
      }),
    )
  })
})

const measure = (trigger: Measure['triggers'][number]): Measure => ({
  id: 'm',
  title: text,
  summary: text,
  provider: 'P',
  kind: 'consultation',
  regions: ['DE'],
  eligibility: {},
  triggers: [trigger],
  facts: [],
  validFrom: '2020-01-01',
  status: 'verified',
  lastVerified: '2026-11-29',
  url: 'https://example.org/',
  sources: [{ url: 'https://example.org/', title: 'x', seen: '2026-11-29' }],
})
const catalogue = (entry: Measure): MeasuresCatalogue => ({ formatVersion: 2, lastReviewed: '2026-11-29', measures: [entry] })
const rankOf = (entry: Measure, result: AssessmentResult, chosen: Partial<Record<DimensionId, LevelNumber>>) => {
  const outcome = matchMeasures({ result, profile: { state: 'DE-NI' }, catalogue: catalogue(entry), date: '2026-11-29', targets: resolveTargets(result, questionnaire(), chosen) })
  return outcome.open[0]?.rank ?? null
}

describe('measure ranking', () => {
  it('never ranks a measure lower when the field it serves gets weaker', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
        fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<LevelNumber>,
        (a, b, relevance, targetLevel) => {
          const [weaker, stronger] = a <= b ? [a, b] : [b, a]
          const entry = measure({ dimension: 'reifegrad', below: 101, relevance })
          const chosen = { reifegrad: targetLevel }
          const strongRank = rankOf(entry, resultOf([null, null, null, stronger, null, null, null], null), chosen)
          const weakRank = rankOf(entry, resultOf([null, null, null, weaker, null, null, null], null), chosen)
          if (strongRank !== null) expect(weakRank).not.toBeNull()
          if (strongRank !== null && weakRank !== null) expect(weakRank).toBeGreaterThanOrEqual(strongRank)
        },
      ),
    )
  })

  it('does not fire a field or topic trigger once the field has reached its target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<LevelNumber>, (score, targetLevel) => {
        const result = resultOf([null, null, null, score, null, null, null], score)
        const targetScore = LEVELS[targetLevel - 1]!.minScore
        for (const trigger of [{ dimension: 'reifegrad' as const, below: 101, relevance: 1 }, { topic: 'it-security', below: 101, relevance: 1 }]) {
          const rank = rankOf(measure(trigger), result, { reifegrad: targetLevel })
          expect(rank === null).toBe(score >= targetScore)
        }
      }),
    )
  })
})
