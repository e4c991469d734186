import { readdirSync, readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { DATABASE_NAME } from '@/storage/schema'

/**
 * Database upgrade tests: write a data set the way an earlier release stored it (its schema, the
 * raw IndexedDB API, no code of today), then open it with the current code and check that every
 * record is still there and readable. Each released version keeps a frozen copy of its schema
 * here and a fixture set in tests/fixtures/storage/v<version>/<store>.json.
 */

type SchemaStep = (database: IDBDatabase, transaction: IDBTransaction) => void

/** The schema of version 1 exactly as it was released. Never edit it: it is history. */
function createReleasedVersion1(database: IDBDatabase): void {
  const assessments = database.createObjectStore('assessments', { keyPath: 'id' })
  assessments.createIndex('by-company', 'companyId')
  assessments.createIndex('by-status', 'status')
  assessments.createIndex('by-updated', 'updatedAt')
  assessments.createIndex('by-company-updated', ['companyId', 'updatedAt'])
  const summaries = database.createObjectStore('summaries', { keyPath: 'id' })
  summaries.createIndex('by-updated', ['updatedAt', 'id'])
  summaries.createIndex('by-company-updated', ['companyId', 'updatedAt', 'id'])
  summaries.createIndex('by-status-updated', ['status', 'updatedAt', 'id'])
  summaries.createIndex('by-company-status-updated', ['companyId', 'status', 'updatedAt', 'id'])
  const companies = database.createObjectStore('companies', { keyPath: 'id' })
  companies.createIndex('by-name', 'name')
  companies.createIndex('by-state', 'state')
  companies.createIndex('by-updated', 'updatedAt')
  database.createObjectStore('settings', { keyPath: 'key' })
  const outbox = database.createObjectStore('outbox', { keyPath: 'key' })
  outbox.createIndex('by-status-due', ['status', 'nextAttemptAt'])
  outbox.createIndex('by-assessment', 'assessmentId')
}

/** The step of version 2 exactly as it was released: the index for each company's latest completed check. */
function createReleasedVersion2(database: IDBDatabase, transaction: IDBTransaction): void {
  void database
  transaction.objectStore('summaries').createIndex('by-company-completed', ['companyId', 'completedAt', 'id'])
}

/** Released versions, oldest first; a release that changes the schema adds its frozen step here. */
export const RELEASED_SCHEMAS: ReadonlyMap<number, SchemaStep> = new Map([
  [1, createReleasedVersion1],
  [2, createReleasedVersion2],
])

/** Records per object store. */
export type StoreData = Record<string, unknown[]>

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/storage')

/** The fixture set written by release `version`: one JSON array per object store. */
export function loadFixtures(version: number): StoreData {
  const dir = resolve(FIXTURES, `v${version}`)
  const data: StoreData = {}
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    data[basename(file, '.json')] = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as unknown[]
  }
  return data
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/** Creates the database as release `version` did (every step up to it) and writes `data` into it. */
export async function writeReleasedDatabase(factory: IDBFactory, version: number, data: StoreData): Promise<void> {
  const request = factory.open(DATABASE_NAME, version)
  request.onupgradeneeded = (event) => {
    for (const [released, step] of RELEASED_SCHEMAS) {
      if (released > event.oldVersion && released <= version) step(request.result, request.transaction!)
    }
  }
  const database = await requestDone(request)
  const stores = Object.keys(data)
  if (stores.length === 0) return database.close()
  const transaction = database.transaction(stores, 'readwrite')
  for (const [store, records] of Object.entries(data)) {
    for (const record of records) transaction.objectStore(store).put(record)
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error)
  })
  database.close()
}

/** Every record of every store, read with the raw API (what is really stored). */
export async function readAllRecords(database: IDBDatabase): Promise<StoreData> {
  const data: StoreData = {}
  for (const store of [...database.objectStoreNames]) {
    data[store] = await requestDone(database.transaction(store).objectStore(store).getAll())
  }
  return data
}

/** Store names, key paths and indexes: two databases with the same shape give the same value. */
export function describeSchema(database: IDBDatabase): Record<string, unknown> {
  const names = [...database.objectStoreNames].sort()
  if (names.length === 0) return {}
  const transaction = database.transaction(names)
  return Object.fromEntries(
    names.map((name) => {
      const store = transaction.objectStore(name)
      const indexes = [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName)
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry }
      })
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }]
    }),
  )
}
