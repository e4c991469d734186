import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { afterEach, beforeEach, vi } from 'vitest'
import { createApp } from 'vue'
import { useErrorMessage } from '@/composables/useErrorMessage'
import { isAppError } from '@/domain/app-error'
import { createAppI18n, type UiLocale } from '@/i18n'
import { closeDatabase, setDatabaseFactory } from '@/storage/database'
import { onStorageProblem, type StorageProblem } from '@/storage/storage-events'
import { uiMessages } from '../../component/ui-messages'

/**
 * Each test gets its own empty in-memory IndexedDB (real IndexedDB semantics, no mocks of idb)
 * and a record of the storage problems reported during the test.
 */
export function useFreshDatabase(): { factory: () => IDBFactory; problems: StorageProblem[] } {
  let factory = new IDBFactory()
  const problems: StorageProblem[] = []
  let stopListening = () => {}
  beforeEach(() => {
    factory = new IDBFactory()
    problems.length = 0
    setDatabaseFactory(factory)
    stopListening = onStorageProblem((problem) => problems.push(problem))
    // Skipped damaged records are logged for diagnosis; the tests check the reported problem instead.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    stopListening()
    vi.restoreAllMocks()
    closeDatabase()
    setDatabaseFactory(null)
  })
  return { factory: () => factory, problems }
}

/**
 * Makes `put` on one object store throw the way a browser does when the disk quota is used up
 * (or any other error), for the next call only. The rest of IndexedDB stays real.
 */
export function failNextPut(storeName: string, error: unknown): void {
  const realPut = IDBObjectStore.prototype.put
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put')
  spy.mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) {
      spy.mockRestore()
      throw error
    }
    return realPut.apply(this, args)
  })
}

/**
 * Makes the browser abort the transaction of the next `put` on one store with a
 * QuotaExceededError, the way engines report a full disk when the transaction cannot be
 * committed. Uses fake-indexeddb's own abort step, so the rollback is the real one.
 */
export function abortNextPutWithQuota(storeName: string): void {
  const realPut = IDBObjectStore.prototype.put
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put')
  spy.mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = realPut.apply(this, args)
    if (this.name === storeName) {
      spy.mockRestore()
      ;(this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError')
    }
    return request
  })
}

export function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/**
 * What the app shows a user for a failed call: the words of its kind from the real message files
 * (`errors.<kind>`, filled with its parameters), as the pages word it (useErrorMessage).
 */
export function errorWords(error: unknown, locale: UiLocale = 'de'): string {
  if (!isAppError(error)) throw new Error(`not an AppError: ${String(error)}`)
  const app = createApp({})
  app.use(createAppI18n(locale, uiMessages))
  return app.runWithContext(() => useErrorMessage().messageFor(error))
}
