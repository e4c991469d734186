import { describe, expect, it } from 'vitest'
import { offersForStep, type SuggestedStep } from '@/domain/plan/suggest-steps'
import type { MatchedMeasure } from '@/domain/measures/match-measures'
import type { Reason } from '@/domain/measures/reasons'

const step = { step: { id: 'setup-mfa', measureKinds: ['consultation', 'funding'] }, questionIds: ['q'], dimension: 'reifegrad', topic: 'it-security', weakness: 70, priority: 85 } as unknown as SuggestedStep
const offer = (id: string, kind: string, reasons: Reason[]) => ({ measure: { id, kind }, reasons, rank: 1, contextOnly: false }) as unknown as MatchedMeasure
const score = (extra: Partial<Extract<Reason, { kind: 'score' }>>): Reason => ({ kind: 'score', score: 20, target: 40, ...extra }) as Reason

describe('offersForStep', () => {
  it('names offers of a kind the step names that serve its field or topic, open ones before those to check', () => {
    const matches = {
      open: [offer('topic-funding', 'funding', [score({ topic: 'it-security' })]), offer('other-field', 'funding', [score({ dimension: 'bildung' })]), offer('training', 'training', [score({ dimension: 'reifegrad' })])],
      check: [offer('field-advice', 'consultation', [score({ dimension: 'reifegrad' })]), offer('region-only', 'consultation', [{ kind: 'region', state: 'DE-NI' } as Reason])],
    }
    expect(offersForStep(step, matches).map((item) => item.measure.id)).toEqual(['topic-funding', 'field-advice'])
  })

  it('names none without matches', () => {
    expect(offersForStep(step, null)).toEqual([])
  })
})
