import { issue, quote, sortIssues, type Issue } from '../schema/issue'
import { parse } from '../schema/kit'
import { STATE_OF_AGS_PREFIX } from '../shapes/profile'
import { catalogueSchema, type MeasuresCatalogue } from './catalogue-format'

export type CatalogueLoadResult = { ok: true; catalogue: MeasuresCatalogue } | { ok: false; errors: Issue[] }

/**
 * Checks an untrusted measures catalogue (parsed JSON) and returns it typed, or every problem
 * found, each with its JSON path and an issue code. The shape is checked first; rules across
 * fields only run on a well-formed catalogue, so their messages never stack on a broken shape.
 * Whether entries are current on a given day is `catalogue-freshness.ts`'s business.
 */
export function loadMeasuresCatalogue(input: unknown): CatalogueLoadResult {
  const parsed = parse(catalogueSchema, input)
  if (!parsed.ok) return { ok: false, errors: sortIssues(parsed.issues) }
  const { $schema: _schema, ...catalogue } = parsed.value
  const errors = crossFieldIssues(catalogue)
  return errors.length > 0 ? { ok: false, errors: sortIssues(errors) } : { ok: true, catalogue }
}

function crossFieldIssues(catalogue: MeasuresCatalogue): Issue[] {
  const issues: Issue[] = []
  const firstIndexById = new Map<string, number>()
  catalogue.measures.forEach((measure, index) => {
    const at = (key: string) => `$.measures[${index}].${key}`
    const first = firstIndexById.get(measure.id)
    if (first !== undefined) issues.push(issue(at('id'), 'duplicate', { value: quote(measure.id), first: `$.measures[${first}]` }))
    else firstIndexById.set(measure.id, index)
    if (measure.validUntil !== undefined && measure.validUntil < measure.validFrom) {
      issues.push(issue(at('validUntil'), 'validity-order', { until: measure.validUntil, from: measure.validFrom }))
    }
    if (measure.lastVerified > catalogue.lastReviewed) {
      issues.push(issue(at('lastVerified'), 'above-max', { value: measure.lastVerified, max: catalogue.lastReviewed }))
    }
    const { minEmployees, maxEmployees } = measure.eligibility
    if (minEmployees !== undefined && maxEmployees !== undefined && minEmployees > maxEmployees) {
      issues.push(issue(at('eligibility.minEmployees'), 'above-max', { value: minEmployees, max: maxEmployees }))
    }
    if (measure.status === 'unverified' && measure.unknowns === undefined) issues.push(issue(at('unknowns'), 'unknowns-missing'))
    measure.districts?.forEach((district, districtIndex) => {
      const state = STATE_OF_AGS_PREFIX[district.slice(0, 2)]
      if (!measure.regions.includes('DE') && (state === undefined || !measure.regions.includes(state))) {
        issues.push(issue(`${at('districts')}[${districtIndex}]`, 'district-not-in-region', { value: district }))
      }
    })
  })
  return issues
}
