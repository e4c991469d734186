import type { AssessmentRecord } from '../shapes/assessment'
import type { DimensionId, LevelNumber } from '../indicator-fields'
import type { EmployeeClass, SectorCode, StateCode } from '../shapes/profile'

export const PAYLOAD_VERSION = 1

/**
 * The anonymous submission (payload v1, see questionnaires/schema/submission-payload.v1.schema.json).
 * It carries coarse classes and rounded scores only: no names, no notes, no answers, no free text,
 * no identifier but the random key made for this one send, and no time finer than the month.
 */
export interface SubmissionPayload {
  payloadVersion: 1
  /** Random idempotency key: the collector stores each key once. */
  key: string
  /** `id@version` of the questionnaire. */
  questionnaire: string
  /** Month of completion, `YYYY-MM`. */
  month: string
  state: StateCode
  /** Only when the user chose to send it; otherwise the state is the finest region. */
  district?: string
  sector: SectorCode
  employees: EmployeeClass
  overall: { score: number; level: LevelNumber }
  dimensions: { dimension: DimensionId; score: number; level: LevelNumber }[]
}

export type PayloadProblem = 'not-completed' | 'profile-incomplete' | 'no-score'

export const MAX_DISTRICT_LENGTH = 80

/**
 * Builds the anonymous payload from a completed check, or says why it cannot be built. Dimensions
 * without a score are left out rather than sent as zero.
 */
export function buildSubmissionPayload(
  record: AssessmentRecord,
  options: { key: string; includeDistrict: boolean },
): { ok: true; payload: SubmissionPayload } | { ok: false; problem: PayloadProblem } {
  const result = record.result
  if (record.status !== 'completed' || !result || !record.completedAt) return { ok: false, problem: 'not-completed' }
  const { state, sector, employees, district } = record.profile
  if (!state || !sector || !employees) return { ok: false, problem: 'profile-incomplete' }
  if (result.overall.score === null || result.overall.level === null) return { ok: false, problem: 'no-score' }

  const payload: SubmissionPayload = {
    payloadVersion: PAYLOAD_VERSION,
    key: options.key,
    questionnaire: result.questionnaire,
    month: record.completedAt.slice(0, 7),
    state,
    sector,
    employees,
    overall: { score: Math.round(result.overall.score), level: result.overall.level },
    dimensions: result.dimensions.flatMap((entry) =>
      entry.score === null || entry.level === null ? [] : [{ dimension: entry.dimension, score: Math.round(entry.score), level: entry.level }],
    ),
  }
  const trimmedDistrict = district?.trim().slice(0, MAX_DISTRICT_LENGTH)
  if (options.includeDistrict && trimmedDistrict) payload.district = trimmedDistrict
  return { ok: true, payload }
}
