import type { Measure } from './catalogue-format'

/** Where a measure stands on a given day. */
export type ValidityStatus = 'open' | 'ended' | 'upcoming'

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
