import { EMPLOYEE_CLASS_RANGES, isCraftSector, type Profile } from '../shapes/profile'
import type { Eligibility, Measure } from './catalogue-format'

/**
 * Whether a business may use a measure, as far as its profile tells. Each limit answers `yes`, `no`
 * or `unknown` (the profile does not say, or says too little: a class of 50–249 employees against
 * "fewer than 50 full-time equivalents"). A measure any limit says `no` to is never shown; one with
 * an `unknown` is shown under "Beim Anbieter prüfen" with what is unknown.
 */
export type Answer = 'yes' | 'no' | 'unknown'

/** The profile facts an eligibility rule can depend on; named in the reason when unknown. */
export type EligibilityFact = 'size' | 'fte' | 'turnover' | 'sector' | 'trade-tax' | 'district'

export interface EligibilityCheck {
  eligible: Answer
  /** The facts the profile does not tell (empty unless `eligible` is `unknown`). */
  unknown: EligibilityFact[]
}

/** A headcount range, inclusive; `max` is Infinity for the open top class. */
export interface EmployeeRange {
  min: number
  max: number
}

/** The business's headcount as a range: the exact headcount when given, else its class. */
export function employeeRange(profile: Profile): EmployeeRange | null {
  if (profile.headcount !== undefined) return { min: profile.headcount, max: profile.headcount }
  if (profile.employees === undefined) return null
  const [min, max] = EMPLOYEE_CLASS_RANGES[profile.employees]
  return { min, max: max >= Number.MAX_SAFE_INTEGER ? Infinity : max }
}

/** True when the measure has a headcount limit, so the business's size is a reason to show. */
export function hasEmployeeLimits(eligibility: Eligibility): boolean {
  return eligibility.minEmployees !== undefined || eligibility.maxEmployees !== undefined || eligibility.maxFte !== undefined
}

function within(range: EmployeeRange | null, min: number, max: number): Answer {
  if (range === null) return 'unknown'
  if (range.min >= min && range.max <= max) return 'yes'
  if (range.max < min || range.min > max) return 'no'
  return 'unknown'
}

function employees({ minEmployees, maxEmployees }: Eligibility, profile: Profile): Answer {
  if (minEmployees === undefined && maxEmployees === undefined) return 'yes'
  return within(employeeRange(profile), minEmployees ?? 0, maxEmployees ?? Infinity)
}

/** Full-time equivalents never exceed the headcount: a small enough headcount answers the rule too. */
function fte({ maxFte }: Eligibility, profile: Profile): Answer {
  if (maxFte === undefined) return 'yes'
  if (profile.fte !== undefined) return profile.fte <= maxFte ? 'yes' : 'no'
  const range = employeeRange(profile)
  return range !== null && range.max <= maxFte ? 'yes' : 'unknown'
}

function turnover({ turnoverClasses }: Eligibility, profile: Profile): Answer {
  if (turnoverClasses === undefined) return 'yes'
  if (profile.turnover === undefined) return 'unknown'
  return turnoverClasses.includes(profile.turnover) ? 'yes' : 'no'
}

function inSectors(list: readonly string[], sector: string): boolean {
  return list.includes(sector) || (list.includes('craft') && isCraftSector(sector))
}

function sector({ sectors, excludedSectors }: Eligibility, profile: Profile): Answer {
  if (sectors === undefined && excludedSectors === undefined) return 'yes'
  if (profile.sector === undefined) return 'unknown'
  if (sectors !== undefined && !inSectors(sectors, profile.sector)) return 'no'
  if (excludedSectors !== undefined && inSectors(excludedSectors, profile.sector)) return 'no'
  return 'yes'
}

function tradeTax({ tradeTaxLiable }: Eligibility, profile: Profile): Answer {
  if (!tradeTaxLiable) return 'yes'
  if (profile.tradeTax === 'liable') return 'yes'
  return profile.tradeTax === 'exempt' ? 'no' : 'unknown'
}

/** Every limit of the measure against the profile. */
export function checkEligibility(eligibility: Eligibility, profile: Profile): EligibilityCheck {
  const answers: [EligibilityFact, Answer][] = [
    ['size', employees(eligibility, profile)],
    ['fte', fte(eligibility, profile)],
    ['turnover', turnover(eligibility, profile)],
    ['sector', sector(eligibility, profile)],
    ['trade-tax', tradeTax(eligibility, profile)],
  ]
  if (answers.some(([, answer]) => answer === 'no')) return { eligible: 'no', unknown: [] }
  const unknown = answers.filter(([, answer]) => answer === 'unknown').map(([fact]) => fact)
  return { eligible: unknown.length > 0 ? 'unknown' : 'yes', unknown }
}

/**
 * Whether the measure is offered where the business is: nationwide (`DE`) or in its state, and, for
 * an offer bound to some Kreise, in one of them (`unknown` when the profile names no district).
 */
export function regionAnswer(measure: Pick<Measure, 'regions' | 'districts'>, profile: Profile): Answer {
  const inState = measure.regions.includes('DE') || (profile.state !== undefined && measure.regions.includes(profile.state))
  if (!inState) return profile.state === undefined ? 'unknown' : 'no'
  if (measure.districts === undefined) return 'yes'
  if (profile.district === undefined) return 'unknown'
  return measure.districts.includes(profile.district) ? 'yes' : 'no'
}

/** True when the business has a nationwide region match only (used for the reason text). */
export function isNationwide(measure: Pick<Measure, 'regions'>, profile: Profile): boolean {
  return profile.state === undefined || !measure.regions.includes(profile.state)
}
