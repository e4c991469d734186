import { IDBFactory } from 'fake-indexeddb'
import { unwrap } from 'idb'
import { describe, expect, it } from 'vitest'
import { getAssessment, listSummaries } from '@/storage/assessments-repository'
import { listCompanies } from '@/storage/companies-repository'
import { connectDatabase, openDatabase } from '@/storage/database'
import { listForAssessment } from '@/storage/outbox-repository'
import { DATABASE_VERSION } from '@/storage/schema'
import { listCompanyEntries } from '@/storage/companies-list'
import { getSetting } from '@/storage/settings-repository'
import { describeSchema, loadFixtures, readAllRecords, RELEASED_SCHEMAS, writeReleasedDatabase } from './upgrade-harness'
import { useFreshDatabase } from './storage-test-helpers'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'

const { factory, problems } = useFreshDatabase()

/** The shape a database gets when today's code creates it from nothing. */
async function freshSchema(): Promise<Record<string, unknown>> {
  const database = await connectDatabase(new IDBFactory())
  try {
    return describeSchema(unwrap(database) as IDBDatabase)
  } finally {
    database.close()
  }
}

/** A check of the fixtures whose profile version 1 holds what version 2 changed, and that profile migrated. */
const RENAMED_PROFILE_CHECK = 'a3d9c7e1-2b4f-4a68-9c0e-5f7a1b3d2e4c'
const MIGRATED_PROFILE = { state: 'DE-BY', districtName: 'Landkreis Rosenheim', sector: 'hw-metall', employees: '1-9' }

const byKey = (key: string) => (a: unknown, b: unknown) =>
  String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key]))

describe.each([...RELEASED_SCHEMAS.keys()])('a database written by release version %i', (version) => {
  const fixtures = loadFixtures(version)

  it(`opens as version ${DATABASE_VERSION} with the same schema as a new database and keeps every record`, async () => {
    await writeReleasedDatabase(factory(), version, fixtures)
    const database = unwrap(await openDatabase()) as IDBDatabase
    expect(database.version).toBe(DATABASE_VERSION)
    expect(describeSchema(database)).toEqual(await freshSchema())
    const stored = await readAllRecords(database)
    for (const [store, records] of Object.entries(fixtures)) {
      const key = store === 'settings' || store === 'outbox' ? 'key' : 'id'
      expect(stored[store]?.slice().sort(byKey(key)), store).toEqual(records.slice().sort(byKey(key)))
    }
    expect(problems).toEqual([])
  })

  it('every record is readable through the repositories, migrated to the current record versions', async () => {
    await writeReleasedDatabase(factory(), version, fixtures)
    const assessments = fixtures.assessments as AssessmentRecord[]
    expect(assessments.every((record) => (record.schemaVersion as number) === 1)).toBe(true)
    for (const record of assessments) {
      const read = await getAssessment(record.id)
      // Version 1 → 2 changes only the profile; this one held a free-text district and a split sector.
      const profile = record.id === RENAMED_PROFILE_CHECK ? MIGRATED_PROFILE : record.profile
      expect(read).toEqual({ ...record, schemaVersion: 2, profile })
    }

    const page = await listSummaries({ limit: 100 })
    expect(page.items.map((item) => item.id).sort()).toEqual(assessments.map((record) => record.id).sort())
    const companyPage = await listSummaries({ limit: 100, companyId: 'c-1' })
    expect(companyPage.items.map((item) => item.id)).toEqual(assessments.filter((record) => record.companyId === 'c-1').map((record) => record.id))

    const companies = fixtures.companies as CompanyRecord[]
    const listed = await listCompanies()
    expect(listed.map((company) => company.id).sort()).toEqual(companies.map((company) => company.id).sort())
    for (const company of listed) {
      const stored = companies.find((entry) => entry.id === company.id)!
      expect(company).toEqual({ ...stored, schemaVersion: 2, sector: stored.sector === 'hw-elektro-metall' as string ? 'hw-metall' : stored.sector })
    }
    expect(listed.find((company) => company.id === 'c-2')?.sector).toBe('hw-metall')

    for (const setting of fixtures.settings as { key: string; value: unknown }[]) {
      expect(await getSetting(setting.key)).toEqual(setting.value)
    }
    const outbox = fixtures.outbox as OutboxEntry[]
    for (const assessmentId of new Set(outbox.map((entry) => entry.assessmentId))) {
      const expected = outbox.filter((entry) => entry.assessmentId === assessmentId).map((entry) => entry.key).sort()
      expect((await listForAssessment(assessmentId)).map((entry) => entry.key).sort()).toEqual(expected)
    }
    // Nothing was skipped as damaged.
    expect(problems).toEqual([])
  })
})

describe('the fixture sets', () => {
  it('cover every store of every released version with at least one record', async () => {
    for (const version of RELEASED_SCHEMAS.keys()) {
      const fixtures = loadFixtures(version)
      const scratch = new IDBFactory()
      await writeReleasedDatabase(scratch, version, {})
      const database = unwrap(await connectDatabase(scratch, { version })) as IDBDatabase
      for (const store of database.objectStoreNames) expect(fixtures[store]?.length, `v${version} ${store}`).toBeGreaterThan(0)
      database.close()
    }
  })
})

describe('the upgrade from version 1 to 2', () => {
  it('indexes the stored completed checks of companies for the company list (the records themselves: see above)', async () => {
    const fixtures = loadFixtures(1)
    await writeReleasedDatabase(factory(), 1, fixtures)
    const database = unwrap(await openDatabase()) as IDBDatabase
    const index = database.transaction('summaries').objectStore('summaries').index('by-company-completed')
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = index.getAllKeys()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const summaries = fixtures.summaries as { id: string; companyId: string | null; completedAt: string | null }[]
    const expected = summaries.filter((summary) => summary.companyId !== null && summary.completedAt !== null)
    expect(expected.length).toBeGreaterThan(0)
    // Drafts and checks without a company are not in it: their key parts are null.
    expect(keys).toEqual(expected.map((summary) => summary.id))

    const entries = await listCompanyEntries()
    const byCompany = Object.fromEntries(entries.map((entry) => [entry.company.id, entry.lastCheck?.id ?? null]))
    expect(byCompany).toEqual({ 'c-1': expected.find((summary) => summary.companyId === 'c-1')!.id, 'c-2': null })
    expect(problems).toEqual([])
  })
})
