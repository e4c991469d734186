import { describe, expect, it } from 'vitest'
import { getAssessment, listSummaries } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import {
  countChecksOfCompany,
  deleteCompany,
  getCompany,
  listCompanies,
  restoreCompany,
  saveCompany,
} from '@/storage/companies-repository'
import { openDatabase } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import { errorWords, useFreshDatabase } from './storage-test-helpers'

const { problems } = useFreshDatabase()

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

describe('companies', () => {
  it('round-trip a company', async () => {
    await saveCompany(companyRecord(), null)
    expect(await getCompany('c-1')).toEqual(companyRecord())
    expect(await getCompany('nope')).toBeNull()
  })

  it('save an edit only over the version it started from', async () => {
    await saveCompany(companyRecord(), null)
    // A second "new" company with the same id would overwrite it.
    expect((await rejection(saveCompany(companyRecord({ name: 'Doppelt' }), null))).kind).toBe('company-changed-elsewhere')
    const edited = companyRecord({ name: 'Tischlerei Meyer GmbH', updatedAt: at(5) })
    await saveCompany(edited, companyRecord().updatedAt)
    expect(await getCompany('c-1')).toEqual(edited)
    // Another tab still edits the first version: its save is refused and changes nothing.
    const stale = await rejection(saveCompany(companyRecord({ name: 'Veraltet', updatedAt: at(6) }), companyRecord().updatedAt))
    expect(stale.kind).toBe('company-changed-elsewhere')
    expect(errorWords(stale)).toMatch(/^Dieser Betrieb wurde inzwischen an anderer Stelle geändert/)
    expect(await getCompany('c-1')).toEqual(edited)
    await deleteCompany('c-1')
    expect((await rejection(saveCompany(edited, edited.updatedAt))).kind).toBe('company-deleted-elsewhere')
    expect(await getCompany('c-1')).toBeNull()
  })

  it('refuse an invalid company', async () => {
    expect((await rejection(saveCompany(companyRecord({ name: '' }), null))).kind).toBe('invalid')
    expect(await listCompanies()).toEqual([])
  })

  it('list by name in German order', async () => {
    for (const [id, name] of [['1', 'Zimmerei Zorn'], ['2', 'Ärztehaus Ahlen'], ['3', 'bäckerei Brandt'], ['4', 'Autohaus 10'], ['5', 'Autohaus 9']]) {
      await saveCompany(companyRecord({ id, name }), null)
    }
    expect((await listCompanies()).map((c) => c.name)).toEqual([
      'Ärztehaus Ahlen', 'Autohaus 9', 'Autohaus 10', 'bäckerei Brandt', 'Zimmerei Zorn',
    ])
  })

  it('skip and report a damaged company in the list', async () => {
    await saveCompany(companyRecord(), null)
    await (await openDatabase()).put('companies', { ...companyRecord({ id: 'c-2' }), state: 'Atlantis' } as never)
    expect((await listCompanies()).map((c) => c.id)).toEqual(['c-1'])
    expect(problems.map((p) => p.kind)).toEqual(['corrupt'])
  })
})

describe('deleteCompany', () => {
  async function companyWithChecks() {
    await saveCompany(companyRecord(), null)
    await restoreAssessment(draftRecord({ id: 'a-1', companyId: 'c-1' }))
    await restoreAssessment(completedRecord({ id: 'a-2', companyId: 'c-1' }))
    await restoreAssessment(draftRecord({ id: 'a-3', companyId: null }))
  }

  it('is refused while the company has checks, and changes nothing', async () => {
    await companyWithChecks()
    expect(await countChecksOfCompany('c-1')).toBe(2)
    const error = await rejection(deleteCompany('c-1'))
    expect(error).toMatchObject({ kind: 'company-has-checks', params: { count: 2 } })
    expect(errorWords(error)).toMatch(/^Zu diesem Betrieb gibt es noch 2 Checks\./)
    expect(errorWords(error, 'en')).toContain('2')
    expect(await getCompany('c-1')).not.toBeNull()
    expect(await countChecksOfCompany('c-1')).toBe(2)
  })

  it('with checks deletes company, checks and summaries together, and restore brings all back', async () => {
    await companyWithChecks()
    const deleted = await deleteCompany('c-1', { withChecks: true })
    expect(deleted?.company).toEqual(companyRecord())
    expect(deleted?.assessments.map((a) => a.id).sort()).toEqual(['a-1', 'a-2'])
    expect(await getCompany('c-1')).toBeNull()
    expect(await getAssessment('a-1')).toBeNull()
    expect((await listSummaries({ limit: 10 })).items.map((s) => s.id)).toEqual(['a-3'])

    await restoreCompany(deleted!)
    expect(await getCompany('c-1')).toEqual(companyRecord())
    expect(await getAssessment('a-2')).toEqual(completedRecord({ id: 'a-2', companyId: 'c-1' }))
    expect((await listSummaries({ companyId: 'c-1', limit: 10 })).items).toHaveLength(2)
  })

  it('deletes a company without checks and returns null for an unknown one', async () => {
    await saveCompany(companyRecord(), null)
    expect(await deleteCompany('c-1')).toEqual({ company: companyRecord(), assessments: [], plans: [] })
    expect(await deleteCompany('c-1')).toBeNull()
  })

  it('refuses to restore checks that belong to another company', async () => {
    const error = await rejection(
      restoreCompany({ company: companyRecord(), assessments: [draftRecord({ companyId: 'c-9' })], plans: [] }),
    )
    expect(error.kind).toBe('invalid')
    expect(await getCompany('c-1')).toBeNull()
  })
})
