import { addDays, daysBetween } from '../iso-date'
import { issue, type Issue } from '../schema/issue'
import type { MeasuresCatalogue } from './catalogue-format'
import { standingOn } from './standing'

/** An entry not verified for longer than this is flagged for a new check. */
export const STALE_AFTER_DAYS = 180
/** An entry whose validity ends within this many days is flagged, so a successor is looked for in time. */
export const ENDS_SOON_DAYS = 60

export interface FreshnessReport {
  /** Shown, not failing: the entry needs attention soon. */
  warnings: Issue[]
  /** Failing: the app would show the entry wrongly on `today`. */
  errors: Issue[]
}

/**
 * The catalogue as of `today` (YYYY-MM-DD, injected): entries verified too long ago or ending soon
 * are warnings; an entry whose validity ended but that the results page would still show under
 * "Heute offen" is an error (the same grouping the results page uses decides it).
 */
export function catalogueFreshness(catalogue: MeasuresCatalogue, today: string): FreshnessReport {
  const report: FreshnessReport = { warnings: [], errors: [] }
  catalogue.measures.forEach((measure, index) => {
    const at = (key: string) => `$.measures[${index}].${key}`
    const age = daysBetween(measure.lastVerified, today)
    if (age > STALE_AFTER_DAYS) report.warnings.push(issue(at('lastVerified'), 'stale-verification', { date: measure.lastVerified, days: age, max: STALE_AFTER_DAYS }))
    if (measure.validUntil === undefined) return
    const left = daysBetween(today, measure.validUntil)
    if (left >= 0 && measure.validUntil <= addDays(today, ENDS_SOON_DAYS)) {
      report.warnings.push(issue(at('validUntil'), 'ends-soon', { until: measure.validUntil, days: left }))
    }
    if (measure.validUntil < today && standingOn(measure, today) === 'open') {
      report.errors.push(issue(at('validUntil'), 'open-after-validity', { date: today, until: measure.validUntil }))
    }
  })
  return report
}
