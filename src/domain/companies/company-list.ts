import type { AssessmentSummary } from '../assessment/assessment-summary'
import type { CompanyRecord } from '../shapes/company'

/** One row of the company list: a company and its latest completed check (null: none yet). */
export interface CompanyListEntry {
  company: CompanyRecord
  lastCheck: AssessmentSummary | null
}

export const COMPANY_SORTS = ['name', 'name-desc', 'last-new', 'last-old'] as const
export type CompanySort = (typeof COMPANY_SORTS)[number]

/**
 * Search, filters and order of the company list, as the form holds them: an empty string means
 * "any". `level` is a level number of the latest check or `none` (no completed check yet); `from`
 * and `to` are dates (YYYY-MM-DD) the latest check must fall between, both included.
 */
export interface CompanyQuery {
  search: string
  sort: CompanySort
  state: string
  sector: string
  employees: string
  level: string
  from: string
  to: string
}

export function emptyCompanyQuery(): CompanyQuery {
  return { search: '', sort: 'name', state: '', sector: '', employees: '', level: '', from: '', to: '' }
}

export interface CompanyQueryOptions {
  /** The calendar date (YYYY-MM-DD) of a stored time, in the user's time zone; default UTC. */
  dateOf?: (iso: string) => string
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** Lower case without accents, so "backerei" finds "Bäckerei" and "ARZT" finds "Ärztehaus". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de')
}

/** The entries that match `query`, in its order. Pure: the date conversion is passed in. */
export function queryCompanies(
  entries: readonly CompanyListEntry[],
  query: CompanyQuery,
  options: CompanyQueryOptions = {},
): CompanyListEntry[] {
  const dateOf = options.dateOf ?? ((iso: string) => iso.slice(0, 10))
  const needle = searchable(query.search.trim())
  const matches = entries.filter(({ company, lastCheck }) => {
    if (needle && !searchable(company.name).includes(needle)) return false
    if (query.state && company.state !== query.state) return false
    if (query.sector && company.sector !== query.sector) return false
    if (query.employees && company.employees !== query.employees) return false
    if (query.level === 'none' && lastCheck !== null) return false
    if (query.level && query.level !== 'none' && String(lastCheck?.overallLevel ?? '') !== query.level) return false
    if (query.from || query.to) {
      const date = lastCheck?.completedAt ? dateOf(lastCheck.completedAt) : null
      if (date === null || (query.from && date < query.from) || (query.to && date > query.to)) return false
    }
    return true
  })
  return matches.sort(comparator(query.sort))
}

function comparator(sort: CompanySort): (a: CompanyListEntry, b: CompanyListEntry) => number {
  const byName = (a: CompanyListEntry, b: CompanyListEntry) => collator.compare(a.company.name, b.company.name)
  if (sort === 'name') return byName
  if (sort === 'name-desc') return (a, b) => byName(b, a)
  // Newest first puts companies without a check last; oldest first puts them first, since they
  // are the ones waiting longest. Equal dates keep name order either way.
  const direction = sort === 'last-new' ? -1 : 1
  return (a, b) => {
    const first = a.lastCheck?.completedAt ?? ''
    const second = b.lastCheck?.completedAt ?? ''
    if (first === second) return byName(a, b)
    return first < second ? -direction : direction
  }
}
