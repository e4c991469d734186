import type { Eligibility, Measure } from './catalogue-format'
import { type EmployeeClass, type Profile, isCraftSector } from '../shapes/profile'

/** A headcount range, inclusive; `max` is Infinity for the open top class. */
export interface EmployeeRange {
  min: number
  max: number
}

const CLASS_RANGES: Record<EmployeeClass, EmployeeRange> = {
  '1-9': { min: 1, max: 9 },
  '10-49': { min: 10, max: 49 },
  '50-249': { min: 50, max: 249 },
  '250+': { min: 250, max: Infinity },
}

/** True when the measure is offered where the business is: nationwide (`DE`) or in its state. */
export function isInRegion(measure: Pick<Measure, 'regions'>, profile: Profile): boolean {
  if (measure.regions.includes('DE')) return true
  return profile.state !== undefined && measure.regions.includes(profile.state)
}

/** True when the business has a nationwide region match only (used for the reason text). */
export function isNationwide(measure: Pick<Measure, 'regions'>, profile: Profile): boolean {
  return profile.state === undefined || !measure.regions.includes(profile.state)
}

/** The business's headcount as a range: the exact headcount when given, else its class. */
export function employeeRange(profile: Profile): EmployeeRange | null {
  if (profile.headcount !== undefined) return { min: profile.headcount, max: profile.headcount }
  return profile.employees === undefined ? null : CLASS_RANGES[profile.employees]
}

/**
 * True when the business meets every limit of the measure. A limit the profile cannot answer
 * (size, turnover or sector not given) counts as not met: suggesting a programme the business may
 * not qualify for costs more trust than a missing suggestion, and filling in the profile fixes it.
 * A size class passes only when it lies wholly within the limits (`10-49` passes "at most 49",
 * `50-249` does not pass "at most 99").
 */
export function isEligible(eligibility: Eligibility, profile: Profile): boolean {
  return meetsEmployees(eligibility, profile) && meetsTurnover(eligibility, profile) && meetsSector(eligibility, profile)
}

/** True when the measure has a headcount limit, so the business's size is a reason to show. */
export function hasEmployeeLimits(eligibility: Eligibility): boolean {
  return eligibility.minEmployees !== undefined || eligibility.maxEmployees !== undefined
}

function meetsEmployees(eligibility: Eligibility, profile: Profile): boolean {
  if (!hasEmployeeLimits(eligibility)) return true
  const range = employeeRange(profile)
  if (!range) return false
  return range.min >= (eligibility.minEmployees ?? 0) && range.max <= (eligibility.maxEmployees ?? Infinity)
}

function meetsTurnover(eligibility: Eligibility, profile: Profile): boolean {
  if (eligibility.turnoverClasses === undefined) return true
  return profile.turnover !== undefined && eligibility.turnoverClasses.includes(profile.turnover)
}

function meetsSector(eligibility: Eligibility, profile: Profile): boolean {
  const sectors = eligibility.sectors
  if (sectors === undefined) return true
  const sector = profile.sector
  if (sector === undefined) return false
  return sectors.includes(sector) || (sectors.includes('craft') && isCraftSector(sector))
}
