import { IDBDatabase, IDBIndex } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { saveAnswer } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { listCompanyEntries } from '@/storage/companies-list'
import { saveCompany } from '@/storage/companies-repository'
import { openDatabase } from '@/storage/database'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from './storage-test-helpers'

const { problems } = useFreshDatabase()

describe('listCompanyEntries', () => {
  it('gives every company its latest completed check by completion time; drafts and own checks do not count', async () => {
    await saveCompany(companyRecord({ id: 'c-1', name: 'Tischlerei Meyer' }), null)
    await saveCompany(companyRecord({ id: 'c-2', name: 'Ärztehaus' }), null)
    await saveCompany(companyRecord({ id: 'c-3', name: 'Ohne Checks' }), null)
    await restoreAssessment(completedRecord({ id: 't0', companyId: 'c-1', completedAt: at(10), updatedAt: at(10) }))
    // Changed later (e.g. new targets), but completed before t1: t1 is still the latest check.
    await restoreAssessment(completedRecord({ id: 't1', companyId: 'c-1', completedAt: at(20), updatedAt: at(20) }))
    await restoreAssessment(completedRecord({ id: 't0-retargeted', companyId: 'c-1', completedAt: at(15), updatedAt: at(99) }))
    await restoreAssessment(draftRecord({ id: 'draft', companyId: 'c-1', updatedAt: at(500) }))
    await restoreAssessment(draftRecord({ id: 'c2-draft', companyId: 'c-2' }))
    await restoreAssessment(completedRecord({ id: 'own', companyId: null, completedAt: at(900), updatedAt: at(900) }))

    const entries = await listCompanyEntries()
    const latest = Object.fromEntries(entries.map((entry) => [entry.company.id, entry.lastCheck?.id ?? null]))
    expect(latest).toEqual({ 'c-1': 't1', 'c-2': null, 'c-3': null })
    expect(entries.find((entry) => entry.company.id === 'c-1')!.lastCheck).toMatchObject({ overallScore: 62.5, overallLevel: 4, completedAt: at(20) })
    expect(problems).toEqual([])
  })

  it('opens one cursor per company and reads its latest check only, however many checks it has; never the checks store', async () => {
    for (let c = 0; c < 20; c += 1) {
      await saveCompany(companyRecord({ id: `c-${c}`, name: `Betrieb ${c}` }), null)
      for (let k = 0; k < 15; k += 1) {
        await restoreAssessment(completedRecord({ id: `a-${c}-${k}`, companyId: `c-${c}`, completedAt: at(k), updatedAt: at(k) }))
      }
    }
    await openDatabase()
    const reads = vi.spyOn(IDBIndex.prototype, 'openCursor')
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const entries = await listCompanyEntries()
    expect(entries.map((entry) => entry.lastCheck?.id).sort()).toEqual(entries.map((entry) => `a-${entry.company.id.slice(2)}-14`).sort())
    // 20 companies with 15 checks each: one cursor per company, each stopping at its first (latest) check.
    expect(reads.mock.calls).toHaveLength(20)
    expect(opened.mock.calls.map((call) => [...call[0]])).toEqual([['companies', 'summaries']])
  })

  it('skips a damaged summary (reported) and falls back to the company’s next check', async () => {
    await saveCompany(companyRecord({ id: 'c-1' }), null)
    await restoreAssessment(completedRecord({ id: 'older', companyId: 'c-1', completedAt: at(10), updatedAt: at(10) }))
    await restoreAssessment(completedRecord({ id: 'newer', companyId: 'c-1', completedAt: at(20), updatedAt: at(20) }))
    const database = await openDatabase()
    const summary = await database.get('summaries', 'newer')
    await database.put('summaries', { ...summary!, overallScore: 'viel' as unknown as number })
    const entries = await listCompanyEntries()
    expect(entries[0]!.lastCheck?.id).toBe('older')
    expect(problems.map((problem) => problem.kind)).toEqual(['corrupt'])
  })

  it('follows answering and finishing: a draft becomes the latest check once it is completed', async () => {
    await saveCompany(companyRecord({ id: 'c-1' }), null)
    await restoreAssessment(draftRecord({ id: 'd', companyId: 'c-1' }))
    await saveAnswer('d', 'q1', 'opt-b', at(40))
    expect((await listCompanyEntries())[0]!.lastCheck).toBeNull()
    await restoreAssessment(completedRecord({ id: 'd', companyId: 'c-1', completedAt: at(50), updatedAt: at(50) }))
    expect((await listCompanyEntries())[0]!.lastCheck?.id).toBe('d')
  })
})
