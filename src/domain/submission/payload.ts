import type { PlanCounts } from '../plan/plan-counts'
import type { Questionnaire } from '../questionnaire/types'
import { isContextQuestion, isNotApplicable, visibleQuestionIds } from '../questionnaire/visibility'
import { parse } from '../schema/kit'
import type { AssessmentRecord } from '../shapes/assessment'
import { sectorGroupOf } from '../shapes/profile/sector-groups'
import { PAYLOAD_VERSION, payloadSchema, type SubmissionPayload } from '../shapes/submission-payload'

/**
 * The anonymous submission of a completed check (payload version 2, see
 * questionnaires/schema/submission-payload.v2.schema.json): coarse classes, rounded scores and
 * codes only. No names, notes, free text or answers to the business's own practice; no identifier
 * but the random key made for this one send; no time finer than the month.
 */

export type PayloadProblem = 'not-completed' | 'profile-incomplete' | 'no-score' | 'invalid-campaign'

export type { PlanCounts }

export interface PayloadOptions {
  /** Random idempotency key (UUID v4), made by the caller. */
  key: string
  /** Send the district (only when the user chose to; otherwise the state is the finest region). */
  includeDistrict: boolean
  /** A survey wave code the user entered (e.g. from the chamber's letter), or none. */
  campaign?: string
  /** Plan progress, when the user chose to send it. */
  plan?: readonly PlanCounts[]
}

/**
 * Builds the payload from a completed check and its own questionnaire version, or says why it
 * cannot be built. Fields without a score are left out rather than sent as zero. Answers about the
 * surroundings go as codes (a chosen option's id, `yes`/`no`), only those the business was shown.
 * The result is checked against the payload schema: an invalid payload is never returned, so it
 * can never be sent.
 */
export function buildSubmissionPayload(
  record: AssessmentRecord,
  questionnaire: Questionnaire,
  options: PayloadOptions,
): { ok: true; payload: SubmissionPayload } | { ok: false; problem: PayloadProblem } {
  const result = record.result
  if (record.status !== 'completed' || !result || !record.completedAt) return { ok: false, problem: 'not-completed' }
  const { state, sector, employees, district } = record.profile
  if (!state || !sector || !employees) return { ok: false, problem: 'profile-incomplete' }
  if (result.overall.score === null || result.overall.level === null) return { ok: false, problem: 'no-score' }
  const campaign = options.campaign?.trim().toLowerCase()

  const payload: SubmissionPayload = {
    payloadVersion: PAYLOAD_VERSION,
    key: options.key,
    questionnaire: result.questionnaire,
    month: record.completedAt.slice(0, 7),
    state,
    ...(options.includeDistrict && district !== undefined ? { district } : {}),
    ...(campaign ? { campaign } : {}),
    sectorGroup: sectorGroupOf(sector),
    employees,
    overall: { score: Math.round(result.overall.score), level: result.overall.level },
    dimensions: result.dimensions.flatMap((entry) =>
      entry.score === null || entry.level === null ? [] : [{ dimension: entry.dimension, score: Math.round(entry.score), level: entry.level }],
    ),
  }
  const context = contextCodes(record, questionnaire)
  if (context.length > 0) payload.context = context
  const plan = options.plan?.filter((entry) => entry.planned > 0).map((entry) => ({ dimension: entry.dimension, planned: Math.min(100, entry.planned), done: Math.min(entry.done, entry.planned, 100) }))
  if (plan && plan.length > 0) payload.plan = plan
  const checked = parse(payloadSchema, payload)
  if (checked.ok) return { ok: true, payload: checked.value }
  return { ok: false, problem: checked.issues.some((found) => found.path === '$.campaign') ? 'invalid-campaign' : 'profile-incomplete' }
}

/** The answers about the surroundings the business was shown, as codes (single choice and yes/no only). */
function contextCodes(record: AssessmentRecord, questionnaire: Questionnaire): { question: string; answer: string }[] {
  const visible = visibleQuestionIds(questionnaire, record.answers, record.profile)
  const codes: { question: string; answer: string }[] = []
  for (const question of questionnaire.questions) {
    const value = record.answers[question.id]
    if (!isContextQuestion(question) || !visible.has(question.id) || value === undefined || isNotApplicable(value)) continue
    // Only an option the question offers: a stored value that is not one (an older version's id) is left out.
    if (question.type === 'single' && typeof value === 'string' && question.options.some((option) => option.id === value)) codes.push({ question: question.id, answer: value })
    else if (question.type === 'yesno' && typeof value === 'boolean') codes.push({ question: question.id, answer: value ? 'yes' : 'no' })
  }
  return codes.slice(0, 40)
}
