import type { DimensionId, LocalizedText } from '../questionnaire/types'
import type { SectorCode, TurnoverClass } from '../profile/profile-fields'

/**
 * The measures catalogue (`questionnaires/measures.json`, format version 1).
 * Dates are ISO calendar dates (YYYY-MM-DD) and are compared as dates, never with a clock.
 */

export type MeasureKind = 'funding' | 'consultation' | 'training' | 'network' | 'information'

/** Who may use a measure. An absent limit means no limit. */
export interface Eligibility {
  /** Highest allowed headcount (e.g. 49 for "fewer than 50"); checked on the exact headcount when known, else on the class. */
  maxEmployees?: number
  /** Lowest allowed headcount (e.g. 3 for Digital Jetzt). */
  minEmployees?: number
  turnoverClasses?: TurnoverClass[]
  /** Sector groups; `craft` stands for every `hw-*` group. */
  sectors?: (SectorCode | 'craft')[]
}

/**
 * When a measure is relevant. A trigger fires when the score of its dimension or topic is below
 * `below`, or when the named question's answer is one of `answerIn`. `relevance` (0..1] weighs
 * the gap in the ranking.
 */
export type Trigger =
  | { dimension: DimensionId; below: number; relevance: number }
  | { topic: string; below: number; relevance: number }
  | { question: string; answerIn: (string | boolean)[]; relevance: number }

export interface KeyFact {
  label: LocalizedText
  value: LocalizedText
}

export interface Measure {
  id: string
  title: LocalizedText
  summary: LocalizedText
  provider: string
  kind: MeasureKind
  /** ISO 3166-2 codes such as `DE-NI`, or `DE` for all of Germany. */
  regions: string[]
  eligibility: Eligibility
  triggers: Trigger[]
  facts: KeyFact[]
  validFrom: string
  /** Absent when no end is known. */
  validUntil?: string
  lastVerified: string
  /** False when the current status could not be confirmed: the app tells users to check with the provider. */
  statusVerified: boolean
  /** Context only (e.g. broadband advice): shown as information, never as something to apply for. */
  contextOnly?: boolean
  url: string
  sources: string[]
}

export interface MeasuresCatalogue {
  formatVersion: 1
  /** "Stand": the date the catalogue as a whole was last reviewed. */
  lastReviewed: string
  measures: Measure[]
}
