import { parseAssessmentSummary } from '@/domain/assessment/assessment-summary'
import { StorageError } from './errors'
import { reportCorruptRecord, runTransaction } from './transaction'
import type { AssessmentStatus } from '@/domain/shapes/assessment'
import type { AssessmentSummary } from '@/domain/assessment/assessment-summary'

/** Where a page ends: the next page starts right after this entry. */
export interface SummaryPageCursor {
  updatedAt: string
  id: string
}

export interface SummaryQuery {
  /** Only checks of this company; `null`: only checks without a company; absent: all. */
  companyId?: string | null
  status?: AssessmentStatus
  /** Page size, 1..MAX_PAGE_SIZE. */
  limit: number
  after?: SummaryPageCursor
}

export interface SummaryPage {
  items: AssessmentSummary[]
  /** Pass as `after` for the next page; null on the last page. */
  next: SummaryPageCursor | null
}

export const MAX_PAGE_SIZE = 1000

type SummaryIndex = 'by-updated' | 'by-company-updated' | 'by-status-updated' | 'by-company-status-updated'

interface QueryPlan {
  index: SummaryIndex
  /** The fixed leading part of the index key; `updatedAt` and `id` follow it. */
  prefix: IDBValidKey[]
  /** Only for `companyId: null`, which no index can hold (null is not a valid key). */
  filter?: (summary: AssessmentSummary) => boolean
}

function planQuery({ companyId, status }: SummaryQuery): QueryPlan {
  if (typeof companyId === 'string') {
    return status
      ? { index: 'by-company-status-updated', prefix: [companyId, status] }
      : { index: 'by-company-updated', prefix: [companyId] }
  }
  const filter = companyId === null ? (summary: AssessmentSummary) => summary.companyId === null : undefined
  return status ? { index: 'by-status-updated', prefix: [status], filter } : { index: 'by-updated', prefix: [], filter }
}

/**
 * The key range of one page, walked backwards (newest first). Arrays sort after strings in
 * IndexedDB, so `[...prefix, []]` is above every key that starts with `prefix`.
 */
function pageRange(prefix: IDBValidKey[], after: SummaryPageCursor | undefined): IDBKeyRange | undefined {
  const upper = after ? [...prefix, after.updatedAt, after.id] : [...prefix, []]
  const upperOpen = after !== undefined
  if (prefix.length === 0) return after ? IDBKeyRange.upperBound(upper, upperOpen) : undefined
  return IDBKeyRange.bound(prefix, upper, false, upperOpen)
}

/**
 * One page of check summaries, newest change first. Reads only the `summaries` store, never the
 * answers, so the first page stays fast with thousands of checks. Damaged entries are skipped
 * and reported.
 */
export async function listSummaries(query: SummaryQuery): Promise<SummaryPage> {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_PAGE_SIZE) {
    throw new StorageError('invalid', `Page size must be 1..${MAX_PAGE_SIZE}, not ${query.limit}`)
  }
  const plan = planQuery(query)
  const range = pageRange(plan.prefix, query.after)
  const items = await runTransaction(['summaries'], 'readonly', async (transaction) => {
    const found: AssessmentSummary[] = []
    // One more than a page, to know whether there is a next page.
    let cursor = await transaction.objectStore('summaries').index(plan.index).openCursor(range, 'prev')
    while (cursor && found.length <= query.limit) {
      const summary = parseAssessmentSummary(cursor.value)
      if (!summary) reportCorruptRecord('summaries', cursor.primaryKey)
      else if (!plan.filter || plan.filter(summary)) found.push(summary)
      cursor = await cursor.continue()
    }
    return found
  })
  const page = items.slice(0, query.limit)
  const last = page[page.length - 1]
  const next = items.length > query.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null
  return { items: page, next }
}
