import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { buildExport } from '@/domain/exchange/build-export'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { planImport } from '@/domain/exchange/plan-import'
import { getAssessment, listSummaries, saveDraft } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { deleteCompany, getCompany, listCompanies, saveCompany } from '@/storage/companies-repository'
import { openDatabase, setDatabaseFactory } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { applyImport, readExistingIndex, readExportData } from '@/storage/exchange-repository'
import { errorWords, quotaExceeded, useFreshDatabase } from '../storage/storage-test-helpers'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import { companyExport, dumpDatabase, fillDatabase, importText, knownDataSet } from './exchange-test-helpers'
import type { AssessmentRecord } from '@/domain/shapes/assessment'

const { problems } = useFreshDatabase()

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

/** Makes the `n`-th `put` on one store throw, so that earlier writes of the same transaction happened. */
function failPutNumber(n: number, storeName: string, error: unknown): void {
  const realPut = IDBObjectStore.prototype.put
  let count = 0
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put')
  spy.mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName && ++count === n) {
      spy.mockRestore()
      throw error
    }
    return realPut.apply(this, args)
  })
}

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id))

describe('readExportData', () => {
  it('reads everything, or one company with its checks only', async () => {
    await fillDatabase()
    const data = knownDataSet()
    const all = await readExportData()
    expect(byId(all.companies)).toEqual(byId(data.companies))
    expect(byId(all.assessments)).toEqual(byId(data.assessments))
    const one = await readExportData({ companyId: 'c-1' })
    expect(one.companies).toEqual([companyRecord()])
    expect(one.assessments.map((check) => check.id).sort()).toEqual(['a-1', 'a-2'])
  })

  it('throws not-found for an unknown company and skips a damaged check', async () => {
    await fillDatabase()
    expect((await rejection(readExportData({ companyId: 'nope' }))).kind).toBe('company-not-found')
    await (await openDatabase()).put('assessments', { ...draftRecord({ id: 'a-9', companyId: 'c-1' }), status: 'lost' } as never)
    expect((await readExportData({ companyId: 'c-1' })).assessments.map((check) => check.id).sort()).toEqual(['a-1', 'a-2'])
    expect(problems.map((problem) => problem.kind)).toEqual(['corrupt'])
  })
})

describe('export and import round trip', () => {
  it('gives back identical records in a fresh database (a backup with the notes)', async () => {
    await fillDatabase()
    const data = await readExportData()
    const text = JSON.stringify(buildExport({ scope: 'all', ...data, includeNotes: true }, at(500)))
    const summariesBefore = await listSummaries({ limit: 100 })

    // A fresh, empty database: the one the backup is restored into.
    setDatabaseFactory(new IDBFactory())
    expect((await readExportData()).assessments).toEqual([])

    const result = await importText(text)
    expect(result.ok && result.plan.counts.add).toEqual({ companies: 2, assessments: 4, plans: 0 })
    const restored = await readExportData()
    expect(byId(restored.companies)).toEqual(byId(data.companies))
    expect(byId(restored.assessments)).toEqual(byId(data.assessments))
    // The summaries were written with the checks, so the lists show the same.
    expect(await listSummaries({ limit: 100 })).toEqual(summariesBefore)
  })

  it('imports the same file twice without changing anything the second time', async () => {
    const text = JSON.stringify(companyExport())
    expect((await importText(text)).ok).toBe(true)
    const before = await dumpDatabase()
    const again = await importText(text)
    expect(again.ok && again.plan.counts.skip).toEqual({ companies: 1, assessments: 2, plans: 0 })
    expect(again.ok && again.plan.skip.assessments.map((skip) => skip.reason)).toEqual(['identical', 'identical'])
    expect(await dumpDatabase()).toBe(before)
  })

  it('updates older stored records and keeps newer ones', async () => {
    await fillDatabase()
    const file = companyExport()
    const result = await importText(JSON.stringify(file))
    expect(result.ok && result.plan.counts).toEqual({
      add: { companies: 0, assessments: 1, plans: 0 },
      update: { companies: 1, assessments: 1, plans: 0 },
      skip: { companies: 0, assessments: 0, plans: 0 },
    })
    expect((await getCompany('c-import'))?.name).toBe('Bäckerei Import')
    expect(await getAssessment('a-import-done')).toEqual(file.assessments[1])
    const summaries = await listSummaries({ companyId: 'c-import', limit: 10 })
    expect(summaries.items.map((summary) => [summary.id, summary.status])).toEqual([
      ['a-import-done', 'completed'],
      ['a-import-draft', 'draft'],
    ])
  })

  it('never moves a stored check to another business: a file holding its id under another company skips it', async () => {
    await saveCompany(companyRecord(), null)
    await restoreAssessment(draftRecord({ id: 'a-import-draft', companyId: 'c-1' }))
    const before = await getAssessment('a-import-draft')
    const result = await importText(JSON.stringify(companyExport()))
    expect(result.ok && result.plan.skip.assessments).toEqual([{ id: 'a-import-draft', reason: 'other-business', storedCompanyId: 'c-1' }])
    expect(await getAssessment('a-import-draft')).toEqual(before)
    expect((await listSummaries({ companyId: 'c-import', limit: 10 })).items.map((summary) => summary.id)).toEqual(['a-import-done'])
  })

  it('stores a name with markup as exactly that text', async () => {
    const file = companyExport()
    const name = '<script>alert(1)</script>'
    file.companies[0]!.name = name
    expect((await importText(JSON.stringify(file))).ok).toBe(true)
    expect((await getCompany('c-import'))?.name).toBe(name)
    expect((await listCompanies()).map((company) => company.name)).toEqual([name])
  })

  it('imports a self-assessment into a stored company', async () => {
    await saveCompany(companyRecord(), null)
    const own = completedRecord({ id: 'a-own', companyId: null })
    const text = JSON.stringify(buildExport({ scope: 'self-assessment', companies: [], assessments: [own] }, at(60)))
    const result = await importText(text, { companyId: 'c-1' })
    expect(result.ok && result.plan.counts.add).toEqual({ companies: 0, assessments: 1, plans: 0 })
    expect(await getAssessment('a-own')).toEqual({ ...own, companyId: 'c-1', notes: {}, followUps: [] })
    expect((await listSummaries({ companyId: 'c-1', limit: 10 })).items.map((summary) => summary.id)).toEqual(['a-own'])
  })
})

describe('applyImport writes all or nothing', () => {
  async function planned() {
    await fillDatabase()
    const parsed = parseImportFile(JSON.stringify(companyExport()))
    if (!parsed.ok) throw new Error('fixture must parse')
    return planImport(parsed.file, await readExistingIndex(parsed.file))
  }

  it('rolls everything back when a write fails half-way', async () => {
    const plan = await planned()
    const before = await dumpDatabase()
    // The company, the first check and its summary are written before the second summary fails.
    failPutNumber(2, 'summaries', quotaExceeded())
    expect((await rejection(applyImport(plan))).kind).toBe('quota')
    expect(await dumpDatabase()).toBe(before)
    expect(problems.map((problem) => problem.kind)).toContain('quota')
  })

  it('refuses a plan when the stored data changed since it was made', async () => {
    const plan = await planned()
    // Another tab finishes the draft the plan would update.
    await saveDraft(draftRecord({ id: 'a-import-draft', companyId: 'c-import', updatedAt: at(99_999) }))
    const before = await dumpDatabase()
    const error = await rejection(applyImport(plan))
    expect(error.kind).toBe('import-changed-since-preview')
    expect(errorWords(error)).toContain('Es wurde nichts importiert')
    expect(await dumpDatabase()).toBe(before)
  })

  it('refuses a check of a company that was deleted in the meantime', async () => {
    await saveCompany(companyRecord(), null)
    const own = completedRecord({ id: 'a-own', companyId: null })
    const parsed = parseImportFile(JSON.stringify(buildExport({ scope: 'self-assessment', companies: [], assessments: [own] }, at(60))))
    if (!parsed.ok) throw new Error('must parse')
    const plan = planImport(parsed.file, await readExistingIndex(parsed.file, { companyId: 'c-1' }), { companyId: 'c-1' })
    await deleteCompany('c-1')
    expect((await rejection(applyImport(plan))).kind).toBe('import-changed-since-preview')
    expect(await getAssessment('a-own')).toBeNull()
  })

  it('refuses a plan holding an invalid record before opening a transaction', async () => {
    const plan = await planned()
    const before = await dumpDatabase()
    ;(plan.add.assessments[0] as AssessmentRecord).status = 'lost' as never
    expect((await rejection(applyImport(plan))).kind).toBe('invalid')
    expect(await dumpDatabase()).toBe(before)
  })

  it('writes a plan with Vue-like proxies as plain data', async () => {
    const plan = await planned()
    plan.add.assessments = plan.add.assessments.map((check) => new Proxy(check, {}))
    await applyImport(plan)
    expect(await getAssessment('a-import-done')).toEqual(companyExport().assessments[1])
  })
})

describe('readExistingIndex', () => {
  it('holds the stored counterparts of the file records and the target', async () => {
    await fillDatabase()
    await restoreAssessment(completedRecord({ id: 'a-import-done', companyId: 'c-import' }))
    const parsed = parseImportFile(JSON.stringify(companyExport()))
    if (!parsed.ok) throw new Error('fixture must parse')
    const index = await readExistingIndex(parsed.file, { companyId: 'c-1' })
    expect([...index.companies.keys()].sort()).toEqual(['c-1', 'c-import'])
    expect([...index.assessments.keys()].sort()).toEqual(['a-import-done', 'a-import-draft'])
    expect(index.assessments.get('a-import-done')).toMatchObject({ status: 'completed', updatedAt: at(30), companyId: 'c-import' })
  })
})
