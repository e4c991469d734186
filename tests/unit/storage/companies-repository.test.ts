import { describe, expect, it } from 'vitest'
import { getAssessment, listSummaries, restoreAssessment } from '@/storage/assessments-repository'
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
import { companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from './storage-test-helpers'

const { problems } = useFreshDatabase()

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

describe('companies', () => {
  it('round-trip a company', async () => {
    await saveCompany(companyRecord())
    expect(await getCompany('c-1')).toEqual(companyRecord())
    expect(await getCompany('nope')).toBeNull()
  })

  it('refuse an invalid company', async () => {
    expect((await rejection(saveCompany(companyRecord({ name: '' })))).kind).toBe('invalid')
    expect(await listCompanies()).toEqual([])
  })

  it('list by name in German order', async () => {
    for (const [id, name] of [['1', 'Zimmerei Zorn'], ['2', 'Ärztehaus Ahlen'], ['3', 'bäckerei Brandt'], ['4', 'Autohaus 10'], ['5', 'Autohaus 9']]) {
      await saveCompany(companyRecord({ id, name }))
    }
    expect((await listCompanies()).map((c) => c.name)).toEqual([
      'Ärztehaus Ahlen', 'Autohaus 9', 'Autohaus 10', 'bäckerei Brandt', 'Zimmerei Zorn',
    ])
  })

  it('skip and report a damaged company in the list', async () => {
    await saveCompany(companyRecord())
    await (await openDatabase()).put('companies', { ...companyRecord({ id: 'c-2' }), state: 'Atlantis' } as never)
    expect((await listCompanies()).map((c) => c.id)).toEqual(['c-1'])
    expect(problems.map((p) => p.kind)).toEqual(['corrupt'])
  })
})

describe('deleteCompany', () => {
  async function companyWithChecks() {
    await saveCompany(companyRecord())
    await restoreAssessment(draftRecord({ id: 'a-1', companyId: 'c-1' }))
    await restoreAssessment(completedRecord({ id: 'a-2', companyId: 'c-1' }))
    await restoreAssessment(draftRecord({ id: 'a-3', companyId: null }))
  }

  it('is refused while the company has checks, and changes nothing', async () => {
    await companyWithChecks()
    expect(await countChecksOfCompany('c-1')).toBe(2)
    const error = await rejection(deleteCompany('c-1'))
    expect(error.kind).toBe('conflict')
    expect(error.userMessage.de).toMatch(/2 Checks/)
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
    await saveCompany(companyRecord())
    expect(await deleteCompany('c-1')).toEqual({ company: companyRecord(), assessments: [] })
    expect(await deleteCompany('c-1')).toBeNull()
  })

  it('refuses to restore checks that belong to another company', async () => {
    const error = await rejection(
      restoreCompany({ company: companyRecord(), assessments: [draftRecord({ companyId: 'c-9' })] }),
    )
    expect(error.kind).toBe('invalid')
    expect(await getCompany('c-1')).toBeNull()
  })
})
