import type { Measure } from './types'

/** Where a measure stands on a given day. */
export type ValidityStatus = 'open' | 'ended' | 'upcoming'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written as `YYYY-MM-DD` (so `2026-02-30` is rejected). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Whether a measure is open on `date` (ISO): validFrom ≤ date ≤ validUntil, both inclusive; no
 * `validUntil` means open-ended. ISO dates of equal length sort like the days they name, so they
 * are compared as strings and no clock or time zone is involved.
 */
export function validityOn(measure: Pick<Measure, 'validFrom' | 'validUntil'>, date: string): ValidityStatus {
  if (date < measure.validFrom) return 'upcoming'
  if (measure.validUntil !== undefined && date > measure.validUntil) return 'ended'
  return 'open'
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
