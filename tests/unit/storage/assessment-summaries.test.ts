import { describe, expect, it } from 'vitest'
import { listSummaries, type SummaryQuery } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { openDatabase } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { at, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from './storage-test-helpers'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { AssessmentSummary } from '@/domain/assessment/assessment-summary'

const { problems } = useFreshDatabase()

/**
 * 25 checks: a-00..a-24, a-N changed at minute N except a-10..a-12, which share one time, so the
 * paging has ties to get right. Every third belongs to c-1, every fifth is completed.
 */
function checks(): AssessmentRecord[] {
  return Array.from({ length: 25 }, (_, n) => {
    const id = `a-${String(n).padStart(2, '0')}`
    const updatedAt = n >= 10 && n <= 12 ? at(10) : at(n)
    const companyId = n % 3 === 0 ? 'c-1' : null
    return n % 5 === 0
      ? completedRecord({ id, companyId, updatedAt, completedAt: updatedAt })
      : draftRecord({ id, companyId, updatedAt })
  })
}

/** What the list should show: newest change first, ties by id descending. */
function expectedOrder(records: AssessmentRecord[]): string[] {
  return [...records]
    .sort((a, b) => (a.updatedAt === b.updatedAt ? b.id.localeCompare(a.id) : b.updatedAt.localeCompare(a.updatedAt)))
    .map((r) => r.id)
}

async function allPages(query: Omit<SummaryQuery, 'after'>): Promise<{ pages: AssessmentSummary[][] }> {
  const pages: AssessmentSummary[][] = []
  let page = await listSummaries(query)
  pages.push(page.items)
  while (page.next) {
    page = await listSummaries({ ...query, after: page.next })
    pages.push(page.items)
  }
  return { pages }
}

describe('listSummaries', () => {
  it('pages newest first without gaps or duplicates, ties included', async () => {
    const records = checks()
    for (const record of records) await restoreAssessment(record)
    const { pages } = await allPages({ limit: 10 })
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5])
    expect(pages.flat().map((s) => s.id)).toEqual(expectedOrder(records))
  })

  it('returns summaries only, never answers', async () => {
    await restoreAssessment(completedRecord())
    const { items } = await listSummaries({ limit: 5 })
    expect(items).toHaveLength(1)
    expect(Object.keys(items[0]!).sort()).toEqual([
      'companyId', 'completedAt', 'createdAt', 'id', 'overallLevel', 'overallScore', 'questionnaireId',
      'questionnaireVersion', 'status', 'updatedAt',
    ])
    expect(items[0]).toMatchObject({ overallScore: 62.5, overallLevel: 4, status: 'completed' })
  })

  it.each<[string, Partial<SummaryQuery>, (r: AssessmentRecord) => boolean]>([
    ['a company', { companyId: 'c-1' }, (r) => r.companyId === 'c-1'],
    ['no company', { companyId: null }, (r) => r.companyId === null],
    ['a status', { status: 'completed' }, (r) => r.status === 'completed'],
    ['a company and a status', { companyId: 'c-1', status: 'draft' }, (r) => r.companyId === 'c-1' && r.status === 'draft'],
    ['no company and a status', { companyId: null, status: 'draft' }, (r) => r.companyId === null && r.status === 'draft'],
  ])('filters by %s, paged in the same order', async (_name, filter, matches) => {
    const records = checks()
    for (const record of records) await restoreAssessment(record)
    const { pages } = await allPages({ ...filter, limit: 3 })
    expect(pages.flat().map((s) => s.id)).toEqual(expectedOrder(records.filter(matches)))
    expect(pages.slice(0, -1).every((p) => p.length === 3)).toBe(true)
  })

  it('returns an empty last page without a next cursor', async () => {
    expect(await listSummaries({ limit: 10 })).toEqual({ items: [], next: null })
    await restoreAssessment(draftRecord())
    expect((await listSummaries({ limit: 1 })).next).toBeNull()
  })

  it('follows changes: a check changed after the first page moves to the top', async () => {
    const records = checks()
    for (const record of records) await restoreAssessment(record)
    const first = await listSummaries({ limit: 5 })
    await restoreAssessment(draftRecord({ id: 'a-01', updatedAt: at(100) }))
    expect((await listSummaries({ limit: 1 })).items[0]?.id).toBe('a-01')
    const second = await listSummaries({ limit: 5, after: first.next! })
    expect(second.items.map((s) => s.id)).toEqual(expectedOrder(records).slice(5, 10))
  })

  it('skips and reports a damaged summary', async () => {
    await restoreAssessment(draftRecord({ id: 'a-1' }))
    await restoreAssessment(draftRecord({ id: 'a-2', updatedAt: at(1) }))
    const db = await openDatabase()
    const damaged = { ...(await db.get('summaries', 'a-2'))!, status: 'lost' }
    await db.put('summaries', damaged as never)
    const { items } = await listSummaries({ limit: 10 })
    expect(items.map((s) => s.id)).toEqual(['a-1'])
    expect(problems.map((p) => p.kind)).toEqual(['corrupt'])
  })

  it.each([0, -1, 1.5, 1001])('refuses a page size of %s', async (limit) => {
    const error = await listSummaries({ limit }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).kind).toBe('invalid')
  })
})
