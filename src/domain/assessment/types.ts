import type { Answers, LevelNumber } from '../questionnaire/types'
import type { EmployeeClass, Profile, SectorCode, StateCode } from '../profile/profile-fields'
import type { AssessmentResult } from '../scoring/types'
import type { Targets } from '../scoring/targets'

/**
 * The records Reifegrad keeps on the device. Every stored record carries `schemaVersion` so a later
 * format can be recognised and migrated. Timestamps are ISO 8601 strings in UTC as written by
 * `Date.prototype.toISOString()`; the validators normalise to that form, because the database
 * orders lists by these strings and only one format sorts like time.
 */

export type AssessmentStatus = 'draft' | 'completed'

/** One self-check: a questionnaire `id@version` answered for one business. */
export interface AssessmentRecord {
  schemaVersion: 1
  id: string
  questionnaireId: string
  questionnaireVersion: string
  /** The consultant's client this check belongs to; null for a business checking itself. */
  companyId: string | null
  profile: Profile
  answers: Answers
  /** Consultant notes per question id. */
  notes: Record<string, string>
  /** Question ids marked for follow-up. */
  followUps: string[]
  targets: Targets
  status: AssessmentStatus
  /** Index of the questionnaire step to resume at. */
  currentStep: number
  createdAt: string
  updatedAt: string
  /** Set exactly when status is `completed`. */
  completedAt: string | null
  /** The result frozen on completion, so history never changes when the rules change. */
  result: AssessmentResult | null
}

/** A client business in consultant mode. */
export interface CompanyRecord {
  schemaVersion: 1
  id: string
  name: string
  state: StateCode | null
  sector: SectorCode | null
  employees: EmployeeClass | null
  contactNotes: string
  createdAt: string
  updatedAt: string
}

/**
 * `pending`: waiting for its next attempt at `nextAttemptAt` (also after a failed attempt that will
 * be retried); `sent`: accepted by the collector; `failed`: given up, no further attempts.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed'

/** One anonymous submission waiting in (or done with) the outbox. */
export interface OutboxEntry {
  /** Random idempotency key made at send time; the collector accepts each key once. */
  key: string
  assessmentId: string
  /** The exact anonymous payload the user saw and agreed to send. */
  payload: unknown
  status: OutboxStatus
  attempts: number
  nextAttemptAt: string
  lastError: string | null
  createdAt: string
  sentAt: string | null
}

/** What a list of checks shows, without the answers (lists must stay fast with 5,000 checks). */
export interface AssessmentSummary {
  id: string
  questionnaireId: string
  questionnaireVersion: string
  companyId: string | null
  status: AssessmentStatus
  createdAt: string
  updatedAt: string
  completedAt: string | null
  overallScore: number | null
  overallLevel: LevelNumber | null
}
