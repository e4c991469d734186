import type { DimensionId } from '../indicator-fields'
import type { EmployeeClass, Profile, StateCode } from '../shapes/profile'
import type { Measure } from './catalogue-format'
import { employeeRange, hasEmployeeLimits, isNationwide, type EligibilityFact } from './eligibility'

/** Why a measure is suggested, and what is still open about it, as data; the results page words it (i18n `measures.reasons`). */
export type Reason =
  | { kind: 'score'; dimension?: DimensionId; topic?: string; score: number; target: number }
  | { kind: 'answer'; question: string }
  | { kind: 'region'; state: StateCode | null; nationwide: boolean; district?: string }
  | { kind: 'size'; headcount?: number; employees?: EmployeeClass; fte?: number }
  | { kind: 'validity'; validUntil?: string }
  | { kind: 'unverified'; lastVerified: string }
  | { kind: 'eligibility-unknown'; facts: EligibilityFact[] }
  | { kind: 'successor'; announced: string; validUntil: string }

/**
 * The reasons that do not depend on the answers: where the business is (its district for an offer
 * bound to some Kreise), its size when the measure has a size limit, how long the measure runs,
 * and whether its status is confirmed.
 */
export function contextReasons(measure: Measure, profile: Profile): Reason[] {
  const region: Reason = { kind: 'region', state: profile.state ?? null, nationwide: isNationwide(measure, profile) }
  if (measure.districts !== undefined && profile.district !== undefined && measure.districts.includes(profile.district)) region.district = profile.district
  const reasons: Reason[] = [region]
  if (hasEmployeeLimits(measure.eligibility) && employeeRange(profile)) {
    reasons.push({
      kind: 'size',
      ...(profile.headcount !== undefined ? { headcount: profile.headcount } : { employees: profile.employees }),
      ...(measure.eligibility.maxFte !== undefined && profile.fte !== undefined ? { fte: profile.fte } : {}),
    })
  }
  reasons.push(measure.validUntil === undefined ? { kind: 'validity' } : { kind: 'validity', validUntil: measure.validUntil })
  if (measure.status !== 'verified') reasons.push({ kind: 'unverified', lastVerified: measure.lastVerified })
  return reasons
}
