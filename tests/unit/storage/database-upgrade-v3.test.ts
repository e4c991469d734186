import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { unwrap } from 'idb'
import { describe, expect, it } from 'vitest'
import { toSummary } from '@/domain/assessment/assessment-summary'
import { addOwnStep, newPlan } from '@/domain/plan/plan-edits'
import { assessmentShape, type AssessmentRecord } from '@/domain/shapes/assessment'
import { companyShape } from '@/domain/shapes/company'
import { getAssessment, listSummaries } from '@/storage/assessments-repository'
import { listCompanies } from '@/storage/companies-repository'
import { connectDatabase } from '@/storage/database'
import { listForAssessment } from '@/storage/outbox-repository'
import { getPlan, listPlans, savePlan } from '@/storage/plans-repository'
import { DATABASE_VERSION } from '@/storage/schema'
import { getSetting } from '@/storage/settings-repository'
import { at, useFreshDatabase } from '../plan/plan-builders'
import { describeSchema, writeReleasedDatabase } from './upgrade-harness'
import { IDBFactory } from 'fake-indexeddb'

/**
 * Database version 2 → 3 (the Maßnahmenplan store): a database opened at version 2 with the
 * records release 1 wrote (tests/fixtures/released/v1, frozen) is opened by this build; every record
 * is still there and readable, the plans store exists and a plan can be saved and read.
 */

const { factory, problems } = useFreshDatabase()

const RELEASED = resolve(import.meta.dirname, '../../fixtures/released/v1')
const released = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(RELEASED, name), 'utf8')) as Record<string, unknown>

/** The stored records of release 1: a completed check of a company, a draft, the company, an outbox entry, two settings. */
function releasedData() {
  const completed = released('assessment-completed.json')
  const draft = released('assessment-draft.json')
  // A summary as the release stored it beside each check (derived data, no version of its own).
  const summaryOf = (record: Record<string, unknown>) => toSummary(record as unknown as AssessmentRecord)
  return {
    assessments: [completed, draft],
    summaries: [summaryOf(completed), summaryOf(draft)],
    companies: [released('company.json')],
    outbox: [released('outbox-entry.json')],
    settings: [
      { key: 'locale', value: 'de' },
      { key: 'consent.defaults', value: { district: false, remember: true } },
    ],
  }
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    request.onsuccess = () => done(request.result)
    request.onerror = () => fail(request.error)
  })
}

/** Writes `data` into a database opened at version 2 by the app's own `connectDatabase`, then closes it. */
async function writeWithConnectDatabase(data: Record<string, unknown[]>): Promise<void> {
  const database = unwrap(await connectDatabase(factory(), { version: 2 })) as IDBDatabase
  try {
    const stores = Object.keys(data)
    if (stores.length === 0) return
    const transaction = database.transaction(stores, 'readwrite')
    for (const [store, records] of Object.entries(data)) for (const record of records) transaction.objectStore(store).put(record)
    await new Promise<void>((done, fail) => {
      transaction.oncomplete = () => done()
      transaction.onerror = () => fail(transaction.error)
      transaction.onabort = () => fail(transaction.error)
    })
  } finally {
    database.close()
  }
}

/** Writes `data` into a database made with the frozen schema steps of release 2 (upgrade-harness). */
async function writeWithReleasedSchema(data: Record<string, unknown[]>): Promise<void> {
  await writeReleasedDatabase(factory(), 2, data)
}

describe('connectDatabase with version 2', () => {
  it('makes the schema of version 2: the five stores of version 2 and no plans store yet', async () => {
    const database = unwrap(await connectDatabase(factory(), { version: 2 })) as IDBDatabase
    try {
      expect(database.version).toBe(2)
      expect([...database.objectStoreNames].sort()).toEqual(['assessments', 'companies', 'outbox', 'settings', 'summaries'])
    } finally {
      database.close()
    }
  })
})

describe.each([
  ['opened with connectDatabase({ version: 2 })', writeWithConnectDatabase],
  ['made with the frozen schema of release 2', writeWithReleasedSchema],
])('a version-2 database %s, opened by this build', (_how, writeVersion2) => {
  it(`upgrades to version ${DATABASE_VERSION}: every record is still there, byte for byte, and a plans store exists`, async () => {
    const data = releasedData()
    await writeVersion2(data)

    const database = unwrap(await connectDatabase(factory())) as IDBDatabase
    try {
      expect(database.version).toBe(DATABASE_VERSION)
      expect([...database.objectStoreNames].sort()).toEqual(['assessments', 'companies', 'outbox', 'plans', 'settings', 'summaries'])
      const plans = database.transaction('plans').objectStore('plans')
      expect(plans.keyPath).toBe('assessmentId')
      expect([...plans.indexNames]).toEqual(['by-company'])
      expect(await requestDone(plans.count())).toBe(0)
      // The same shape as a database this build creates from nothing.
      const fresh = unwrap(await connectDatabase(new IDBFactory())) as IDBDatabase
      try {
        expect(describeSchema(database)).toEqual(describeSchema(fresh))
      } finally {
        fresh.close()
      }
      for (const [store, records] of Object.entries(data)) {
        const stored = await requestDone(database.transaction(store).objectStore(store).getAll())
        const key = store === 'settings' || store === 'outbox' ? 'key' : 'id'
        const sorted = (list: unknown[]) => [...list].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key])))
        expect(sorted(stored), store).toEqual(sorted(records))
      }
    } finally {
      database.close()
    }
  })

  it('every record reads through the repositories after the upgrade, and a plan can be saved and read', async () => {
    const data = releasedData()
    await writeVersion2(data)

    const [completedRaw, draftRaw] = data.assessments
    const completed = await getAssessment(String(completedRaw!.id))
    expect(completed).toEqual(assessmentShape.read(completedRaw))
    expect(completed?.status).toBe('completed')
    expect(await getAssessment(String(draftRaw!.id))).toEqual(assessmentShape.read(draftRaw))
    expect((await listSummaries({ limit: 10 })).items.map((item) => item.id).sort()).toEqual(data.assessments.map((record) => String(record.id)).sort())
    expect(await listCompanies()).toEqual([companyShape.read(data.companies[0])])
    expect(await getSetting('locale')).toBe('de')
    expect(await getSetting('consent.defaults')).toEqual({ district: false, remember: true })
    const outbox = data.outbox[0] as { key: string; assessmentId: string }
    expect((await listForAssessment(outbox.assessmentId)).map((entry) => entry.key)).toEqual([outbox.key])
    expect(await listPlans()).toEqual([])

    // The old completed check gets its first plan.
    const first = addOwnStep(newPlan(completed!, at(100)), 'Ausbildungsnachweis digital führen', 'bildung', 'step-1', at(100))
    const saved = await savePlan(first, null)
    expect(saved.companyId).toBe(completed!.companyId)
    expect(await getPlan(completed!.id)).toEqual(saved)
    expect(await listPlans()).toEqual([saved])
    // The records of release 1 were not rewritten by the upgrade or the save.
    expect(await getAssessment(completed!.id)).toEqual(completed)
    expect(problems).toEqual([])
  })
})
