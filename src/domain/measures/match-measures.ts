import type { DimensionTarget } from '../scoring/targets'
import { isEligible, isInRegion } from './eligibility'
import { contextReasons, type Reason } from './reasons'
import { isInformationOnly, type Measure, type MeasuresCatalogue, type Trigger } from './catalogue-format'
import { validityOn } from './validity'
import type { AnswerValue, Answers } from '../shapes/answers'
import type { Profile } from '../shapes/profile'
import type { AssessmentResult } from '../shapes/result'

export interface Suggestion {
  measure: Measure
  /** Gap to target × relevance of the strongest fired trigger; higher comes first. */
  rank: number
  /** Fired triggers first (strongest first), then region, size, validity and status. */
  reasons: Reason[]
  /** The status could not be confirmed: users are told to check with the provider. */
  unverified: boolean
  /** Shown as information, never as something to apply for. */
  contextOnly: boolean
}

/** A measure that fits the business but is not open on the date: ended, or not yet started. */
export interface ClosedMeasure {
  measure: Measure
  status: 'ended' | 'upcoming'
  validFrom: string
  validUntil?: string
}

export interface MatchOutcome {
  open: Suggestion[]
  closed: ClosedMeasure[]
}

export interface MatchInput {
  result: AssessmentResult
  profile: Profile
  catalogue: MeasuresCatalogue
  /** The assessment date, ISO `YYYY-MM-DD`. */
  date: string
  targets: DimensionTarget[]
  /** Needed for question triggers; pass only answers of visible questions (hidden ones are stale). */
  answers?: Answers
}

/**
 * The gap a fired question trigger stands for. A specific answer (e.g. "no backups") has no score
 * distance, so it counts as half the scale: it ranks with a clearly weak dimension.
 */
export const QUESTION_TRIGGER_GAP = 50

/**
 * Matches the catalogue against an assessment. Measures outside the business's region or
 * eligibility are left out entirely. Of the rest, those open on `date` with at least one fired
 * trigger are suggested, ranked by gap × relevance (ties by id); every region-eligible measure not
 * open on `date` is listed as closed, latest end first, whether its triggers fire or not.
 */
export function matchMeasures(input: MatchInput): MatchOutcome {
  const open: Suggestion[] = []
  const closed: ClosedMeasure[] = []
  for (const measure of input.catalogue.measures) {
    if (!isInRegion(measure, input.profile) || !isEligible(measure.eligibility, input.profile)) continue
    const status = validityOn(measure, input.date)
    if (status !== 'open') {
      closed.push({ measure, status, validFrom: measure.validFrom, ...optionalUntil(measure) })
      continue
    }
    const fired = measure.triggers
      .map((trigger) => fireTrigger(trigger, input))
      .filter((f): f is FiredTrigger => f !== null)
      .sort((a, b) => b.weight - a.weight)
    const strongest = fired[0]
    if (!strongest) continue
    open.push({
      measure,
      // Rounded so that equal ranks are equal despite float noise, and the id tie-break applies.
      rank: Math.round(strongest.weight * 1000) / 1000,
      reasons: [...fired.map((f) => f.reason), ...contextReasons(measure, input.profile)],
      unverified: measure.status !== 'verified',
      contextOnly: isInformationOnly(measure),
    })
  }
  open.sort((a, b) => b.rank - a.rank || compareIds(a.measure.id, b.measure.id))
  closed.sort((a, b) => compareEnd(b.validUntil, a.validUntil) || compareIds(a.measure.id, b.measure.id))
  return { open, closed }
}

interface FiredTrigger {
  /** gap × relevance */
  weight: number
  reason: Reason
}

function fireTrigger(trigger: Trigger, input: MatchInput): FiredTrigger | null {
  if ('dimension' in trigger) {
    const dimension = input.result.dimensions.find((d) => d.dimension === trigger.dimension)
    const target = input.targets.find((t) => t.dimension === trigger.dimension)
    if (dimension?.score == null || dimension.score >= trigger.below) return null
    return {
      weight: (target?.gap ?? 0) * trigger.relevance,
      reason: { kind: 'score', dimension: trigger.dimension, score: dimension.score, target: target?.targetScore ?? 0 },
    }
  }
  if ('topic' in trigger) {
    const topic = input.result.topics.find((t) => t.topic === trigger.topic)
    if (topic?.score == null || topic.score >= trigger.below) return null
    // A topic is measured against the target of the dimension it mostly belongs to.
    const targetScore = input.targets.find((t) => t.dimension === topic.dimension)?.targetScore ?? 0
    return {
      weight: Math.max(0, targetScore - topic.score) * trigger.relevance,
      reason: { kind: 'score', topic: trigger.topic, score: topic.score, target: targetScore },
    }
  }
  if (!answerMatches(input.answers?.[trigger.question], trigger.answerIn)) return null
  return {
    weight: QUESTION_TRIGGER_GAP * trigger.relevance,
    reason: { kind: 'answer', question: trigger.question },
  }
}

/** A single answer must be one of the listed values; a multiple-choice answer must share one. */
function answerMatches(value: AnswerValue | undefined, answerIn: (string | boolean)[]): boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return answerIn.includes(value)
  if (Array.isArray(value)) return value.some((v) => answerIn.includes(v))
  return false
}

function optionalUntil(measure: Measure): { validUntil?: string } {
  return measure.validUntil === undefined ? {} : { validUntil: measure.validUntil }
}

/** Open-ended (only possible for not yet started measures) counts as the latest end. */
function compareEnd(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
