import { describe, expect, it } from 'vitest'
import { matchMeasures, QUESTION_TRIGGER_GAP, type MatchInput } from '@/domain/measures/match-measures'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import type { Answers } from '@/domain/questionnaire/types'
import type { Profile } from '@/domain/profile/profile-fields'
import type { Measure } from '@/domain/measures/types'
import { buildQuestionnaire, dimension, single } from '../scoring/questionnaire-builder'
import { catalogue, measure } from './measure-builder'

// Options worth 0..100 points, so the answer `oN` scores N.
const percent = Array.from({ length: 101 }, (_, i) => i)
const questionnaire = buildQuestionnaire(
  [
    single('backup', 'reifegrad', percent, { topic: 'it-security' }),
    single('website', 'reifegrad', percent),
    single('fibre', 'breitband', [0, 1]),
  ],
  [dimension('reifegrad'), dimension('breitband')],
  ['it-security'],
)
const answers: Answers = { backup: 'o20', website: 'o60', fibre: 'o0' }
const bavarian: Profile = { state: 'DE-BY', employees: '10-49', headcount: 12, turnover: 'le2m', sector: 'hw-kfz' }

/** reifegrad 40 (level 3, target 60, gap 20); it-security 20; breitband 0 (target 20, gap 20). */
function run(measures: Measure[], overrides: Partial<MatchInput> = {}) {
  const result = scoreAssessment(questionnaire, answers, bavarian)
  return matchMeasures({
    result,
    profile: bavarian,
    catalogue: catalogue(measures),
    date: '2026-11-21',
    targets: resolveTargets(result, questionnaire, {}),
    answers,
    ...overrides,
  })
}
const ids = (list: { measure: Measure }[]) => list.map((s) => s.measure.id)

describe('matchMeasures', () => {
  it('ranks by gap × relevance, ties by id', () => {
    const outcome = run([
      measure('b-dimension', { triggers: [{ dimension: 'reifegrad', below: 50, relevance: 0.5 }] }),
      measure('a-dimension', { triggers: [{ dimension: 'reifegrad', below: 50, relevance: 0.5 }] }),
      measure('topic', { triggers: [{ topic: 'it-security', below: 50, relevance: 1 }] }),
      measure('question', { triggers: [{ question: 'fibre', answerIn: ['o0'], relevance: 0.5 }] }),
    ])
    expect(outcome.open.map((s) => [s.measure.id, s.rank])).toEqual([
      ['topic', 40], // (60 − 20) × 1
      ['question', QUESTION_TRIGGER_GAP * 0.5],
      ['a-dimension', 10], // gap 20 × 0.5
      ['b-dimension', 10],
    ])
  })

  it('suggests only when a trigger fires, and takes the strongest trigger', () => {
    const outcome = run([
      measure('quiet', { triggers: [{ dimension: 'reifegrad', below: 40, relevance: 1 }] }),
      measure('no-triggers', { triggers: [] }),
      measure('two', {
        triggers: [
          { dimension: 'breitband', below: 50, relevance: 1 },
          { topic: 'it-security', below: 30, relevance: 0.25 },
        ],
      }),
    ])
    expect(ids(outcome.open)).toEqual(['two'])
    const [two] = outcome.open
    expect(two!.rank).toBe(20)
    expect(two!.reasons.slice(0, 2)).toEqual([
      { kind: 'score', dimension: 'breitband', score: 0, target: 20 },
      { kind: 'score', topic: 'it-security', score: 20, target: 60 },
    ])
  })

  it('fires question triggers on any overlap with a multiple-choice answer, never on N/A', () => {
    const trigger = { question: 'tools', answerIn: ['none', 'paper'], relevance: 1 }
    const m = [measure('tools', { triggers: [trigger] })]
    expect(ids(run(m, { answers: { tools: ['email', 'paper'] } }).open)).toEqual(['tools'])
    expect(ids(run(m, { answers: { tools: ['email'] } }).open)).toEqual([])
    expect(ids(run(m, { answers: { tools: { na: true } } }).open)).toEqual([])
    expect(ids(run(m, { answers: undefined }).open)).toEqual([])
    const yesNo = [measure('yn', { triggers: [{ question: 'has-backup', answerIn: [false], relevance: 1 }] })]
    expect(ids(run(yesNo, { answers: { 'has-backup': false } }).open)).toEqual(['yn'])
    expect(ids(run(yesNo, { answers: { 'has-backup': true } }).open)).toEqual([])
  })

  it('leaves out measures outside the region or eligibility, open or closed', () => {
    const outcome = run([
      measure('ni', { regions: ['DE-NI'] }),
      measure('ni-ended', { regions: ['DE-NI'], validUntil: '2023-06-30' }),
      measure('large-only', { eligibility: { minEmployees: 50 } }),
      measure('large-ended', { eligibility: { minEmployees: 50 }, validUntil: '2024-12-31' }),
      measure('industry', { eligibility: { sectors: ['industrie'] } }),
      measure('by', { regions: ['DE-BY'], eligibility: { maxEmployees: 49, sectors: ['craft'] } }),
    ])
    expect(ids(outcome.open)).toEqual(['by'])
    expect(outcome.closed).toEqual([])
  })

  it('lists region-eligible measures not open on the date as closed, latest end first', () => {
    const outcome = run([
      measure('go-digital', { validUntil: '2024-12-31', triggers: [] }),
      measure('digital-jetzt', { validUntil: '2023-12-31' }),
      measure('upcoming', { validFrom: '2027-01-01' }),
      measure('last-day', { validUntil: '2026-11-21' }),
    ])
    expect(ids(outcome.open)).toEqual(['last-day'])
    expect(outcome.closed.map((c) => [c.measure.id, c.status, c.validUntil])).toEqual([
      ['upcoming', 'upcoming', undefined],
      ['go-digital', 'ended', '2024-12-31'],
      ['digital-jetzt', 'ended', '2023-12-31'],
    ])
    expect(outcome.closed[1]).toMatchObject({ validFrom: '2024-01-01' })
  })

  it('flags unverified and context-only measures and adds the context reasons', () => {
    const outcome = run([
      measure('broadband-advice', {
        contextOnly: true,
        statusVerified: false,
        lastVerified: '2026-11-20',
        regions: ['DE-BY'],
        eligibility: { maxEmployees: 49 },
        validUntil: '2027-12-31',
      }),
    ])
    const [s] = outcome.open
    expect(s).toMatchObject({ contextOnly: true, unverified: true })
    expect(s!.reasons).toEqual([
      { kind: 'score', dimension: 'reifegrad', score: 40, target: 60 },
      { kind: 'region', state: 'DE-BY', nationwide: false },
      { kind: 'size', headcount: 12 },
      { kind: 'validity', validUntil: '2027-12-31' },
      { kind: 'unverified', lastVerified: '2026-11-20' },
    ])
  })

  it('adds a size reason only for measures with a size limit', () => {
    const [s] = run([measure('open-to-all')]).open
    expect(s!.reasons.map((r) => r.kind)).toEqual(['score', 'region', 'validity'])
    expect(s!.reasons[1]).toEqual({ kind: 'region', state: 'DE-BY', nationwide: true })
  })

  it('ignores dimension and topic triggers when the score is missing', () => {
    const result = scoreAssessment(questionnaire, {}, bavarian)
    const outcome = run(
      [measure('dim'), measure('topic', { triggers: [{ topic: 'it-security', below: 100, relevance: 1 }] })],
      { result, targets: resolveTargets(result, questionnaire, {}), answers: {} },
    )
    expect(outcome.open).toEqual([])
  })
})
