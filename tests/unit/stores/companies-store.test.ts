import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useCompaniesStore } from '@/stores/companies'
import { useCompanyDetailStore } from '@/stores/company-detail'
import { useAssessmentStore } from '@/stores/assessment'
import { getAssessment } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { getCompany } from '@/storage/companies-repository'
import { StorageError } from '@/storage/errors'
import { at, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from '../storage/storage-test-helpers'

useFreshDatabase()
beforeEach(() => setActivePinia(createPinia()))

const FIELDS = { name: 'Tischlerei Meyer', state: 'DE-NI', sector: 'hw-bau', employees: '10-49', contactNotes: 'Herr Meyer' } as const

describe('companies store', () => {
  it('creates, edits, lists (with search and pages of 50) and deletes companies', async () => {
    const store = useCompaniesStore()
    const created = await store.save({ ...FIELDS })
    expect(await getCompany(created.id)).toEqual(created)
    const edited = await store.save({ ...FIELDS, name: 'Tischlerei Meyer GmbH' }, created)
    expect(edited).toMatchObject({ id: created.id, createdAt: created.createdAt, name: 'Tischlerei Meyer GmbH' })

    for (let i = 0; i < 60; i += 1) await store.save({ ...FIELDS, name: `Betrieb ${i}` })
    await store.load()
    expect(store.entries).toHaveLength(61)
    expect(store.shown).toHaveLength(50)
    store.showMore()
    expect(store.shown).toHaveLength(61)
    store.query = { ...store.query, search: 'meyer' }
    expect(store.matching.map((entry) => entry.company.name)).toEqual(['Tischlerei Meyer GmbH'])
    // A new search starts at the first page again; resetting keeps the chosen order.
    store.query = { ...store.query, search: '', sort: 'name-desc' }
    await Promise.resolve()
    expect(store.shown).toHaveLength(50)
    store.resetQuery()
    expect(store.query.sort).toBe('name-desc')

    await store.remove(edited, false)
    expect(await getCompany(created.id)).toBeNull()
    expect(store.deletedName).toBe('Tischlerei Meyer GmbH')
    expect(store.entries).toHaveLength(60)
  })

  it('refuses to delete a company with checks unless asked to delete them too', async () => {
    const store = useCompaniesStore()
    const company = await store.save({ ...FIELDS })
    await restoreAssessment(completedRecord({ id: 'a-1', companyId: company.id }))
    const refused = await store.remove(company, false).then(() => null, (error: unknown) => error)
    expect(refused).toBeInstanceOf(StorageError)
    expect(refused).toMatchObject({ kind: 'company-has-checks', params: { count: 1 } })
    expect(await getAssessment('a-1')).not.toBeNull()
    await store.remove(company, true)
    expect(await getCompany(company.id)).toBeNull()
    expect(await getAssessment('a-1')).toBeNull()
  })
})

describe('company detail store', () => {
  it('loads the company with its history and drafts, and starts a new check with the profile taken over', async () => {
    const company = await useCompaniesStore().save({ ...FIELDS })
    const lastProfile = {
      state: 'DE-NI', district: '03351', sector: 'handel', employees: '1-9', headcount: 7, fte: 6.5, turnover: 'le10m', tradeTax: 'liable', apprentices: true, role: 'owner',
    } as const
    await restoreAssessment(completedRecord({ id: 'old', companyId: company.id, createdAt: at(0), completedAt: at(10), updatedAt: at(10) }))
    await restoreAssessment(completedRecord({ id: 'newer', companyId: company.id, profile: lastProfile, createdAt: at(20), completedAt: at(30), updatedAt: at(30) }))
    await restoreAssessment(draftRecord({ id: 'draft', companyId: company.id, profile: {}, createdAt: at(40) }))

    const detail = useCompanyDetailStore()
    await detail.load(company.id)
    expect(detail.company).toEqual(company)
    expect(detail.history.map((point) => [point.label, point.assessmentId])).toEqual([['T0', 'old'], ['T1', 'newer']])
    expect(detail.drafts.map((draft) => draft.id)).toEqual(['draft'])

    const id = await detail.startCheck('digitalisierungsgrad-check')
    const started = await getAssessment(id)
    // State, sector and size from the company; turnover, apprentices, role, district, FTE and trade
    // tax from the latest check with a profile (the empty draft is skipped); the headcount 7 does not fit 10-49.
    expect(started).toMatchObject({
      companyId: company.id,
      status: 'draft',
      questionnaireId: 'digitalisierungsgrad-check',
      profile: { state: 'DE-NI', district: '03351', sector: 'hw-bau', employees: '10-49', fte: 6.5, turnover: 'le10m', tradeTax: 'liable', apprentices: true, role: 'owner' },
    })
    expect(started!.profile.headcount).toBeUndefined()
    expect(useAssessmentStore().record?.id).toBe(id)
  })

  it('starts a new check after the company moved to another state, without the old district', async () => {
    const company = await useCompaniesStore().save({ ...FIELDS })
    const inBavaria = { state: 'DE-BY', district: '09187', sector: 'handel', employees: '10-49', turnover: 'le10m', apprentices: true } as const
    await restoreAssessment(completedRecord({ id: 'before-the-move', companyId: company.id, profile: inBavaria }))
    const detail = useCompanyDetailStore()
    await detail.load(company.id)
    const id = await detail.startCheck('digitalisierungsgrad-check')
    const started = await getAssessment(id)
    expect(started?.profile).toMatchObject({ state: 'DE-NI', turnover: 'le10m' })
    expect(started?.profile.district).toBeUndefined()
  })

  it('reports an unknown company as company-not-found', async () => {
    const error = await useCompanyDetailStore().load('nope').then(() => null, (e: unknown) => e)
    expect((error as StorageError).kind).toBe('company-not-found')
  })
})
