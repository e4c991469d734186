import { employeeRange, hasEmployeeLimits, isNationwide } from './eligibility'
import type { Measure } from './catalogue-format'
import type { DimensionId } from '../indicator-fields'
import type { EmployeeClass, Profile, StateCode } from '../shapes/profile'

/** Why a measure is suggested, as data; the results page words it (i18n `measures.reasons`). */
export type Reason =
  | { kind: 'score'; dimension?: DimensionId; topic?: string; score: number; target: number }
  | { kind: 'answer'; question: string }
  | { kind: 'region'; state: StateCode | null; nationwide: boolean }
  | { kind: 'size'; headcount?: number; employees?: EmployeeClass }
  | { kind: 'validity'; validUntil?: string }
  | { kind: 'unverified'; lastVerified: string }

/**
 * The reasons that do not depend on the answers: where the business is, its size when the measure
 * has a size limit, how long the measure runs, and whether its status is confirmed.
 */
export function contextReasons(measure: Measure, profile: Profile): Reason[] {
  const reasons: Reason[] = [
    { kind: 'region', state: profile.state ?? null, nationwide: isNationwide(measure, profile) },
  ]
  if (hasEmployeeLimits(measure.eligibility) && employeeRange(profile)) {
    reasons.push(
      profile.headcount !== undefined
        ? { kind: 'size', headcount: profile.headcount }
        : { kind: 'size', employees: profile.employees },
    )
  }
  reasons.push(measure.validUntil === undefined ? { kind: 'validity' } : { kind: 'validity', validUntil: measure.validUntil })
  if (measure.status !== 'verified') reasons.push({ kind: 'unverified', lastVerified: measure.lastVerified })
  return reasons
}
