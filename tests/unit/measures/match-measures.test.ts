import { describe, expect, it } from 'vitest'
import { matchMeasures, QUESTION_TRIGGER_WEAKNESS, type MatchInput, type MatchedMeasure } from '@/domain/measures/match-measures'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import type { Measure } from '@/domain/measures/catalogue-format'
import { buildQuestionnaire, dimension, single } from '../scoring/questionnaire-builder'
import { catalogue, measure } from './measure-builder'
import type { Answers } from '@/domain/shapes/answers'
import type { Profile } from '@/domain/shapes/profile'

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
const bavarian: Profile = {
  state: 'DE-BY', district: '09187', employees: '10-49', headcount: 12, fte: 11.5, turnover: 'le2m', tradeTax: 'liable', sector: 'hw-kfz',
}

/**
 * reifegrad 40 (level 3, default target level 4: 60); it-security 20 (measured against reifegrad's
 * 60); breitband 0 (level 1, default target the baseline level 3: 40). A trigger's weight is
 * relevance × weakness (100 − score).
 */
function run(measures: Measure[], overrides: Partial<MatchInput> = {}) {
  const profile = overrides.profile ?? bavarian
  const result = scoreAssessment(questionnaire, answers, profile)
  return matchMeasures({
    result,
    profile,
    catalogue: catalogue(measures),
    date: '2026-11-21',
    targets: resolveTargets(result, questionnaire, {}),
    answers,
    ...overrides,
  })
}
const ids = (list: readonly MatchedMeasure[]) => list.map((s) => s.measure.id)
const listed = (outcome: ReturnType<typeof run>) => [...ids(outcome.open), ...ids(outcome.check), ...ids(outcome.ended)]

describe('matchMeasures', () => {
  it('ranks by relevance × weakness, ties by id', () => {
    const outcome = run([
      measure('b-dimension', { triggers: [{ dimension: 'reifegrad', below: 50, relevance: 0.5 }] }),
      measure('a-dimension', { triggers: [{ dimension: 'reifegrad', below: 50, relevance: 0.5 }] }),
      measure('topic', { triggers: [{ topic: 'it-security', below: 50, relevance: 1 }] }),
      measure('question', { triggers: [{ question: 'fibre', answerIn: ['o0'], relevance: 0.5 }] }),
    ])
    expect(outcome.open.map((s) => [s.measure.id, s.rank])).toEqual([
      ['topic', 80], // (100 − 20) × 1
      ['a-dimension', 30], // (100 − 40) × 0.5
      ['b-dimension', 30],
      ['question', QUESTION_TRIGGER_WEAKNESS * 0.5],
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
    expect(listed(outcome)).toEqual(['two'])
    const [two] = outcome.open
    expect(two!.rank).toBe(100)
    expect(two!.reasons.slice(0, 2)).toEqual([
      { kind: 'score', dimension: 'breitband', score: 0, target: 40 },
      { kind: 'score', topic: 'it-security', score: 20, target: 60 },
    ])
  })

  it('does not fire for a field that has reached its target, however low the threshold is set', () => {
    const result = scoreAssessment(questionnaire, answers, bavarian)
    const targets = resolveTargets(result, questionnaire, { reifegrad: 3 })
    const outcome = run([measure('field', { triggers: [{ dimension: 'reifegrad', below: 100, relevance: 1 }] })], { result, targets })
    expect(listed(outcome)).toEqual([])
    expect(listed(run([measure('field', { triggers: [{ dimension: 'reifegrad', below: 100, relevance: 1 }] })]))).toEqual(['field'])
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

  it('leaves out measures outside the region or eligibility, in every group', () => {
    const outcome = run([
      measure('ni', { regions: ['DE-NI'] }),
      measure('ni-ended', { regions: ['DE-NI'], validUntil: '2023-06-30' }),
      measure('large-only', { eligibility: { minEmployees: 50 } }),
      measure('large-ended', { eligibility: { minEmployees: 50 }, validUntil: '2024-12-31' }),
      measure('industry', { eligibility: { sectors: ['industrie'] } }),
      measure('by', { regions: ['DE-BY'], eligibility: { maxEmployees: 49, sectors: ['craft'] } }),
    ])
    expect(ids(outcome.open)).toEqual(['by'])
    expect(outcome.check).toEqual([])
    expect(outcome.ended).toEqual([])
  })

  it('leaves out measures whose format 2 limits exclude the business: Kreise, excluded sectors, FTE, trade tax', () => {
    const business: Profile = { ...bavarian, tradeTax: 'exempt' }
    const outcome = run(
      [
        measure('munich-only', { regions: ['DE-BY'], districts: ['09162'] }),
        measure('not-for-kfz', { eligibility: { excludedSectors: ['hw-kfz'] } }),
        measure('up-to-ten-fte', { eligibility: { maxFte: 10 } }),
        measure('trade-tax-only', { eligibility: { tradeTaxLiable: true } }),
        measure('rosenheim', { regions: ['DE-BY'], districts: ['09162', '09187'], eligibility: { maxFte: 49.99, excludedSectors: ['landwirtschaft'] } }),
      ],
      { profile: business },
    )
    expect(listed(outcome)).toEqual(['rosenheim'])
    expect(outcome.open[0]!.reasons).toContainEqual({ kind: 'region', state: 'DE-BY', nationwide: false, district: '09187' })
    expect(outcome.open[0]!.reasons).toContainEqual({ kind: 'size', headcount: 12, fte: 11.5 })
  })

  it('puts a measure to check with the provider when the profile does not tell a fact it depends on, naming the facts', () => {
    const vague: Profile = { state: 'DE-BY', sector: 'hw-kfz', employees: '10-49' }
    const outcome = run(
      [
        measure('trade-tax-only', { eligibility: { tradeTaxLiable: true } }),
        measure('kreis-only', { regions: ['DE-BY'], districts: ['09187'] }),
        measure('small-turnover', { eligibility: { turnoverClasses: ['le2m'], maxFte: 20 } }),
        measure('fits', { eligibility: { maxEmployees: 49 } }),
      ],
      { profile: vague },
    )
    expect(ids(outcome.open)).toEqual(['fits'])
    const unknown = (id: string) => outcome.check.find((item) => item.measure.id === id)!.reasons.find((reason) => reason.kind === 'eligibility-unknown')
    expect(unknown('trade-tax-only')).toEqual({ kind: 'eligibility-unknown', facts: ['trade-tax'] })
    expect(unknown('kreis-only')).toEqual({ kind: 'eligibility-unknown', facts: ['district'] })
    // Up to 49 people may be more than 20 full-time posts: unknown, like the missing turnover.
    expect(unknown('small-turnover')).toEqual({ kind: 'eligibility-unknown', facts: ['fte', 'turnover'] })
  })

  it('lists ended and upcoming measures whose triggers fire as ended, latest end first, with an announced successor to check', () => {
    const outcome = run([
      measure('go-digital', { validUntil: '2024-12-31', triggers: [] }),
      measure('digital-jetzt', { validUntil: '2023-12-31' }),
      measure('upcoming', { validFrom: '2027-01-01' }),
      measure('last-day', { validUntil: '2026-11-21' }),
      measure('successor', { validUntil: '2026-06-30', successor: { announced: '2026-10-01', note: { de: 'Nachfolge angekündigt', en: 'Successor announced' } } }),
    ])
    expect(ids(outcome.open)).toEqual(['last-day'])
    expect(outcome.ended.map((item) => [item.measure.id, item.status, item.measure.validUntil])).toEqual([
      ['upcoming', 'upcoming', undefined],
      ['digital-jetzt', 'ended', '2023-12-31'],
    ])
    expect(ids(outcome.check)).toEqual(['successor'])
    expect(outcome.check[0]!.reasons).toContainEqual({ kind: 'successor', announced: '2026-10-01', validUntil: '2026-06-30' })
  })

  it('puts unverified measures to check with the provider, flags information only, and adds the context reasons', () => {
    const outcome = run([
      measure('broadband-advice', {
        kind: 'information',
        status: 'unverified',
        unknowns: { de: 'Laufzeit offen', en: 'Term open' },
        lastVerified: '2026-11-20',
        regions: ['DE-BY'],
        eligibility: { maxEmployees: 49 },
        validUntil: '2027-12-31',
      }),
    ])
    expect(outcome.open).toEqual([])
    const [item] = outcome.check
    expect(item).toMatchObject({ contextOnly: true })
    expect(item!.reasons).toEqual([
      { kind: 'score', dimension: 'reifegrad', score: 40, target: 60 },
      { kind: 'region', state: 'DE-BY', nationwide: false },
      { kind: 'size', headcount: 12 },
      { kind: 'validity', validUntil: '2027-12-31' },
      { kind: 'unverified', lastVerified: '2026-11-20' },
    ])
  })

  it('keeps a verified offer open, not information only, and lists offers before information', () => {
    const outcome = run([
      measure('information', { kind: 'information', triggers: [{ dimension: 'breitband', below: 50, relevance: 1 }] }),
      measure('funding', { kind: 'funding' }),
    ])
    expect(outcome.open.map((item) => [item.measure.id, item.contextOnly, item.rank])).toEqual([
      ['funding', false, 60],
      ['information', true, 100],
    ])
    expect(outcome.open[0]!.reasons.map((reason) => reason.kind)).not.toContain('unverified')
  })

  it('adds a size reason only for measures with a size limit', () => {
    const [s] = run([measure('open-to-all')]).open
    expect(s!.reasons.map((r) => r.kind)).toEqual(['score', 'region', 'validity'])
    expect(s!.reasons[1]).toEqual({ kind: 'region', state: 'DE-BY', nationwide: true })
  })

  it('keeps of a contact group only the nearest entry: the Kreis, else the state, else the federal one', () => {
    const group = [
      measure('federal', { contactGroup: 'regional' }),
      measure('bavaria', { contactGroup: 'regional', regions: ['DE-BY'] }),
      measure('rosenheim', { contactGroup: 'regional', regions: ['DE-BY'], districts: ['09187'] }),
    ]
    expect(listed(run(group))).toEqual(['rosenheim'])
    expect(listed(run(group, { profile: { ...bavarian, district: '09162' } }))).toEqual(['bavaria'])
    expect(listed(run(group, { profile: { ...bavarian, state: 'DE-NI', district: '03241' } }))).toEqual(['federal'])
  })

  it('ignores dimension and topic triggers when the score is missing', () => {
    const result = scoreAssessment(questionnaire, {}, bavarian)
    const outcome = run(
      [measure('dim'), measure('topic', { triggers: [{ topic: 'it-security', below: 100, relevance: 1 }] })],
      { result, targets: resolveTargets(result, questionnaire, {}), answers: {} },
    )
    expect(listed(outcome)).toEqual([])
  })
})
