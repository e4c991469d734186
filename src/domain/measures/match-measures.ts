import { DIMENSION_IDS } from '../indicator-fields'
import type { DimensionTarget } from '../scoring/targets'
import type { AnswerValue, Answers } from '../shapes/answers'
import type { Profile } from '../shapes/profile'
import type { AssessmentResult } from '../shapes/result'
import { isInformationOnly, type Measure, type MeasuresCatalogue, type Trigger } from './catalogue-format'
import { checkEligibility, regionAnswer, type EligibilityFact } from './eligibility'
import { contextReasons, type Reason } from './reasons'
import { standingOn } from './standing'

/**
 * Matches the catalogue against an assessment, in three honest groups:
 * - `open` ("Heute offen"): valid on the date, status verified, the business is eligible as far as
 *   its profile tells, and one of the measure's triggers fires.
 * - `check` ("Beim Anbieter prüfen"): fits and a trigger fires, but something is unknown: the status
 *   is not verified, the profile does not tell an eligibility fact, or the offer ended and a successor
 *   is announced but not confirmed. What is unknown is one of its reasons.
 * - `ended` ("Beendet", with dates): ended (or not started) offers whose triggers fire.
 * A measure outside the business's region, or one it is not eligible for, is never listed.
 *
 * A trigger fires when its field or topic scores below its threshold AND below the target of its
 * field (a field at its target needs no help), or when the named answer was given. Its weight is
 * relevance × weakness (100 − score; a fired answer counts as QUESTION_TRIGGER_WEAKNESS): the weaker
 * the business where a measure helps, the higher it ranks, never lower.
 *
 * Of the entries sharing a `contactGroup` (e.g. the regional Mittelstand-Digital centres) only the
 * nearest is kept: one for the business's district, else one for its state, else a federal one.
 */
export interface MatchedMeasure {
  measure: Measure
  /** Relevance × weakness of the strongest fired trigger; higher comes first. */
  rank: number
  /** Fired triggers first (strongest first), then region, size, validity, status and what is unknown. */
  reasons: Reason[]
  /** Shown as information, never as something to apply for. */
  contextOnly: boolean
}

export interface EndedMeasure extends MatchedMeasure {
  status: 'ended' | 'upcoming'
}

export interface MatchOutcome {
  open: MatchedMeasure[]
  check: MatchedMeasure[]
  ended: EndedMeasure[]
}

export interface MatchInput {
  result: AssessmentResult
  profile: Profile
  catalogue: MeasuresCatalogue
  /** The day to judge validity on, ISO `YYYY-MM-DD` (today, for what the business can get now). */
  date: string
  targets: readonly DimensionTarget[]
  /** Needed for question triggers; pass only answers of visible questions (hidden ones are stale). */
  answers?: Answers
}

/** The weakness a fired answer trigger stands for: a specific weak answer ranks with a clearly weak field. */
export const QUESTION_TRIGGER_WEAKNESS = 50

export function matchMeasures(input: MatchInput): MatchOutcome {
  const outcome: MatchOutcome = { open: [], check: [], ended: [] }
  for (const measure of nearestContacts(input.catalogue.measures, input.profile)) {
    const region = regionAnswer(measure, input.profile)
    const eligibility = checkEligibility(measure.eligibility, input.profile)
    if (region === 'no' || eligibility.eligible === 'no') continue
    const fired = measure.triggers
      .map((trigger) => fireTrigger(trigger, input))
      .filter((found): found is FiredTrigger => found !== null)
      .sort((a, b) => b.weight - a.weight)
    const strongest = fired[0]
    if (!strongest) continue
    const unknown: EligibilityFact[] = [...eligibility.unknown, ...(region === 'unknown' ? (['district'] as const) : [])]
    const standing = standingOn(measure, input.date)
    const reasons: Reason[] = [...fired.map((found) => found.reason), ...contextReasons(measure, input.profile)]
    if (unknown.length > 0) reasons.push({ kind: 'eligibility-unknown', facts: unknown })
    if (standing === 'check' && measure.successor && measure.validUntil && input.date > measure.validUntil) {
      reasons.push({ kind: 'successor', announced: measure.successor.announced, validUntil: measure.validUntil })
    }
    // Rounded so that equal ranks are equal despite float noise, and the id tie-break applies.
    const matched: MatchedMeasure = { measure, rank: Math.round(strongest.weight * 1000) / 1000, reasons, contextOnly: isInformationOnly(measure) }
    if (standing === 'ended' || standing === 'upcoming') outcome.ended.push({ ...matched, status: standing })
    else if (standing === 'open' && unknown.length === 0) outcome.open.push(matched)
    else outcome.check.push(matched)
  }
  // Offers a business can take up come before information (e.g. broadband advice for the municipality).
  const byRank = (a: MatchedMeasure, b: MatchedMeasure) =>
    Number(a.contextOnly) - Number(b.contextOnly) || b.rank - a.rank || compareIds(a.measure.id, b.measure.id)
  outcome.open.sort(byRank)
  outcome.check.sort(byRank)
  outcome.ended.sort((a, b) => compareEnd(b.measure.validUntil, a.measure.validUntil) || compareIds(a.measure.id, b.measure.id))
  return outcome
}

interface FiredTrigger {
  /** relevance × weakness */
  weight: number
  reason: Reason
}

function fireTrigger(trigger: Trigger, input: MatchInput): FiredTrigger | null {
  if ('dimension' in trigger) {
    const dimension = input.result.dimensions.find((entry) => entry.dimension === trigger.dimension)
    const targetScore = input.targets.find((entry) => entry.dimension === trigger.dimension)?.targetScore ?? 100
    const score = dimension?.score
    if (score == null || score >= trigger.below || score >= targetScore) return null
    return { weight: (100 - score) * trigger.relevance, reason: { kind: 'score', dimension: trigger.dimension, score, target: targetScore } }
  }
  if ('topic' in trigger) {
    const topic = input.result.topics.find((entry) => entry.topic === trigger.topic)
    // A topic is measured against the target of the field it mostly belongs to.
    const targetScore = input.targets.find((entry) => entry.dimension === topic?.dimension)?.targetScore ?? 100
    const score = topic?.score
    if (score == null || score >= trigger.below || score >= targetScore) return null
    return { weight: (100 - score) * trigger.relevance, reason: { kind: 'score', topic: trigger.topic, score, target: targetScore } }
  }
  if (!answerMatches(input.answers?.[trigger.question], trigger.answerIn)) return null
  return { weight: QUESTION_TRIGGER_WEAKNESS * trigger.relevance, reason: { kind: 'answer', question: trigger.question } }
}

/** A single answer must be one of the listed values; a multiple-choice answer must share one. */
function answerMatches(value: AnswerValue | undefined, answerIn: readonly (string | boolean)[]): boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return answerIn.includes(value)
  if (Array.isArray(value)) return value.some((item) => answerIn.includes(item))
  return false
}

/** How near a contact is: its districts hold the business's, its state is the business's, or it serves all of Germany. */
function proximity(measure: Measure, profile: Profile): number {
  if (profile.district !== undefined && measure.districts?.includes(profile.district)) return 3
  if (measure.districts === undefined && profile.state !== undefined && measure.regions.includes(profile.state)) return 2
  return measure.regions.includes('DE') ? 1 : 0
}

/** The catalogue with, per contact group, only its nearest entries that serve the business's region. */
function nearestContacts(measures: readonly Measure[], profile: Profile): Measure[] {
  const best = new Map<string, number>()
  for (const measure of measures) {
    if (measure.contactGroup === undefined || regionAnswer(measure, profile) === 'no') continue
    best.set(measure.contactGroup, Math.max(best.get(measure.contactGroup) ?? 0, proximity(measure, profile)))
  }
  return measures.filter((measure) => measure.contactGroup === undefined || proximity(measure, profile) === best.get(measure.contactGroup))
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

/** The seven fields in order, for callers that list measures by the field they serve. */
export const FIELD_ORDER = DIMENSION_IDS
