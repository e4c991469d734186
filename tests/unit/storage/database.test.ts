import { IDBFactory, IDBOpenDBRequest, forceCloseDatabase } from 'fake-indexeddb'
import { unwrap } from 'idb'
import { describe, expect, it, vi } from 'vitest'
import { closeDatabase, connectDatabase, openDatabase, setDatabaseFactory } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { DATABASE_NAME, DATABASE_VERSION } from '@/storage/schema'
import { errorWords, useFreshDatabase } from './storage-test-helpers'
import { RELEASED_SCHEMAS } from './upgrade-harness'

const { factory, problems } = useFreshDatabase()

/** Opens a raw connection the way another tab would, without our handlers. */
function openRaw(version: number, onVersionChange?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory().open(DATABASE_NAME, version)
    // The schema as the released versions up to `version` created it, so a later upgrade finds its stores.
    request.onupgradeneeded = (event) => {
      for (const [released, step] of RELEASED_SCHEMAS) {
        if (released > event.oldVersion && released <= version) step(request.result, request.transaction!)
      }
    }
    request.onsuccess = () => {
      const db = request.result
      if (onVersionChange) db.onversionchange = () => onVersionChange(db)
      resolve(db)
    }
    request.onerror = () => reject(request.error)
  })
}

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

describe('openDatabase', () => {
  it('creates every store and index of the current version', async () => {
    const db = await openDatabase()
    expect(db.version).toBe(DATABASE_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'companies', 'outbox', 'plans', 'settings', 'summaries'])
    const tx = db.transaction(['assessments', 'summaries', 'companies', 'outbox'])
    expect([...tx.objectStore('assessments').indexNames].sort()).toEqual(['by-company', 'by-company-updated', 'by-status', 'by-updated'])
    expect([...tx.objectStore('summaries').indexNames].sort()).toEqual([
      'by-company-completed', 'by-company-status-updated', 'by-company-updated', 'by-status-updated', 'by-updated',
    ])
    expect([...tx.objectStore('companies').indexNames].sort()).toEqual(['by-name', 'by-state', 'by-updated'])
    expect([...tx.objectStore('outbox').indexNames].sort()).toEqual(['by-assessment', 'by-status-due'])
  })

  it('keeps one connection per tab', async () => {
    const [first, second] = await Promise.all([openDatabase(), openDatabase()])
    expect(second).toBe(first)
    expect(await openDatabase()).toBe(first)
  })

  it('gives way to a newer version opened elsewhere, reports it and then refuses the outdated schema', async () => {
    const ours = await openDatabase()
    // Another tab with a newer app: its open only succeeds because we close our connection.
    const newer = await openRaw(DATABASE_VERSION + 1)
    expect(problems).toEqual([{ kind: 'blocking' }])
    expect(errorWords(new StorageError('blocking', 'test'))).toMatch(/auf eine neue Version aktualisiert/)
    expect(() => ours.transaction('settings')).toThrow()
    newer.close()
    // The next call opens again; the stored database is newer than this app, so it asks for a reload.
    const error = await rejection(openDatabase())
    expect(error.kind).toBe('outdated')
    expect(problems.map((p) => p.kind)).toEqual(['blocking', 'outdated'])
  })

  it('reports a deletion in another tab as such and reopens afterwards', async () => {
    const ours = await openDatabase()
    await new Promise<void>((resolve, reject) => {
      const request = factory().deleteDatabase(DATABASE_NAME)
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    })
    expect(problems.map((p) => p.kind)).toEqual(['deleted-elsewhere'])
    const reopened = await openDatabase()
    expect(reopened).not.toBe(ours)
    expect(await reopened.count('assessments')).toBe(0)
  })

  it('reports a connection the browser closed abnormally and reopens on the next call', async () => {
    const ours = await openDatabase()
    forceCloseDatabase(unwrap(ours) as unknown as Parameters<typeof forceCloseDatabase>[0])
    expect(problems.map((p) => p.kind)).toEqual(['terminated'])
    const reopened = await openDatabase()
    expect(reopened).not.toBe(ours)
    await reopened.put('settings', { key: 'k', value: 1 })
  })

  it('rejects with unavailable when the browser has no IndexedDB', async () => {
    setDatabaseFactory(null)
    vi.stubGlobal('indexedDB', undefined)
    try {
      const error = await rejection(openDatabase())
      expect(error.kind).toBe('unavailable')
      expect(errorWords(error)).toMatch(/privaten Modus/)
      expect(problems.map((p) => p.kind)).toEqual(['unavailable'])
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('rejects with unavailable when opening throws (private mode)', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    } as unknown as IDBFactory
    const error = await rejection(openDatabase(throwing))
    expect(error.kind).toBe('unavailable')
    expect(problems.map((p) => p.kind)).toEqual(['unavailable'])
  })

  it('tries again on the next call after a failed open', async () => {
    let calls = 0
    const flaky = {
      open: (name: string, version?: number) => {
        calls += 1
        if (calls === 1) throw new DOMException('Not now', 'UnknownError')
        return factory().open(name, version)
      },
    } as unknown as IDBFactory
    await rejection(openDatabase(flaky))
    await expect(openDatabase(flaky)).resolves.toBeDefined()
    closeDatabase()
  })

  it('gives up with unavailable instead of hanging when opening never finishes', async () => {
    const silent = { open: () => new IDBOpenDBRequest() } as unknown as IDBFactory
    const error = await rejection(connectDatabase(silent, { timeoutMs: 20 }))
    expect(error.kind).toBe('unavailable')
  })
})

describe('connectDatabase while an older version is open elsewhere', () => {
  it('reports blocked, gives up after the timeout and closes the late connection', async () => {
    // Another tab holds version 1 and does not react to version changes.
    const old = await openRaw(1)
    const error = await rejection(connectDatabase(factory(), { version: 2, timeoutMs: 30 }))
    expect(error.kind).toBe('blocked')
    expect(problems.map((p) => p.kind)).toEqual(['blocked'])
    // Once the old tab closes, the pending open completes; we close it at once, so nobody is held up.
    old.close()
    const next = await openRaw(3)
    expect(next.version).toBe(3)
    next.close()
  })

  it('upgrades when the other tab closes in time', async () => {
    const old = await openRaw(1, (db) => db.close())
    const upgraded = await connectDatabase(factory(), { version: 2, timeoutMs: 1000 })
    expect(upgraded.version).toBe(2)
    expect(problems).toEqual([])
    upgraded.close()
    old.close()
  })
})
