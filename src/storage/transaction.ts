import type { IDBPTransaction } from 'idb'
import { openDatabase } from './database'
import type { AppError } from '@/domain/app-error'
import { isStorageProblemKind, StorageError, toStorageError } from './errors'
import type { ReifegradSchema, ReifegradStoreName } from './schema'
import { reportStorageProblem } from './storage-events'

/**
 * A copy of app data that IndexedDB can store. Vue's reactive proxies cannot be stored: the
 * structured clone that every `put` performs throws a DataCloneError on a Proxy. A JSON round
 * trip reads through proxies and returns fresh plain objects and arrays, drops `undefined` and
 * functions, and turns the value into exactly what an export file would hold. (A further
 * `structuredClone` would add nothing: the copy shares nothing with the input, and `put` clones
 * it once more anyway.)
 */
export function toPlainData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Runs `body` in one transaction and waits until it is committed. Any failure aborts the whole
 * transaction, so a failed write changes nothing and the caller can keep its last good state;
 * it is rethrown as a StorageError, and problems of the storage as a whole (quota, …) are also
 * reported to the `onStorageProblem` listeners. `body` must await only requests of `transaction`
 * (awaiting anything else lets the browser commit the transaction early).
 */
export async function runTransaction<Names extends ReifegradStoreName[], Mode extends IDBTransactionMode, Result>(
  storeNames: Names,
  mode: Mode,
  body: (transaction: IDBPTransaction<ReifegradSchema, Names, Mode>) => Promise<Result>,
  options?: IDBTransactionOptions,
): Promise<Result> {
  const database = await openDatabase()
  let transaction: IDBPTransaction<ReifegradSchema, Names, Mode>
  try {
    transaction = database.transaction(storeNames, mode, options)
  } catch (error) {
    throw reported(toStorageError(error))
  }
  const done = transaction.done
  // Observed below; without this, a body that fails first would leave `done` rejected unhandled.
  done.catch(() => undefined)
  try {
    const result = await body(transaction)
    await done
    return result
  } catch (error) {
    abortQuietly(transaction)
    throw reported(toStorageError(abortReason(error, transaction.error)))
  }
}

/**
 * When the browser aborts a transaction (e.g. QuotaExceededError on commit), its pending requests
 * fail with a bare AbortError; the transaction's own error says what really happened.
 */
function abortReason(error: unknown, transactionError: DOMException | null): unknown {
  const aborted = typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  return aborted && transactionError ? transactionError : error
}

function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort()
  } catch {
    // Already committed or aborted (e.g. by the failed request itself): nothing left to undo.
  }
}

function reported(error: AppError): AppError {
  if (isStorageProblemKind(error.kind)) reportStorageProblem(error.kind)
  return error
}

/** Reports a stored record that failed validation; callers skip it instead of failing. */
export function reportCorruptRecord(store: ReifegradStoreName, key: IDBValidKey): void {
  console.warn(`Skipped an invalid record in ${store}: ${String(key)}`)
  reportStorageProblem('corrupt')
}

/** The StorageError for a record the caller asked for that does not exist. */
export function notFound(store: ReifegradStoreName, key: string): StorageError {
  return new StorageError('not-found', `No record ${key} in ${store}`)
}
