import { wrap, type IDBPTransaction } from 'idb'
import { isStorageProblemKind, StorageError, toStorageError } from './errors'
import {
  DATABASE_NAME,
  DATABASE_VERSION,
  upgradeDatabase,
  type ReifegradDatabase,
  type ReifegradSchema,
  type ReifegradStoreName,
} from './schema'
import { reportStorageProblem } from './storage-events'

/**
 * The connection to the database. Each tab keeps one open connection, opened on first use and
 * shared by every repository. When another tab needs a newer schema this tab closes its
 * connection at once (so the other tab's upgrade is not held up) and asks the user to reload.
 */

/** How long opening may take before we give up and tell the user, instead of hanging. */
export const OPEN_TIMEOUT_MS = 10_000

export interface ConnectOptions {
  /** Schema version to open; other values only in upgrade tests. */
  version?: number
  timeoutMs?: number
}

let configuredFactory: IDBFactory | null = null
const connections = new Map<IDBFactory, Promise<ReifegradDatabase>>()

/** Makes all storage calls use `factory` (tests inject a fresh in-memory one); null: the browser's. */
export function setDatabaseFactory(factory: IDBFactory | null): void {
  closeDatabase()
  configuredFactory = factory
}

/** Closes this tab's connection; the next storage call opens a new one. */
export function closeDatabase(): void {
  for (const [factory, connection] of connections) {
    connections.delete(factory)
    connection.then((database) => database.close(), () => undefined)
  }
}

/** The tab's connection to the database, opened on first use; rejects with a StorageError. */
export function openDatabase(factory?: IDBFactory): Promise<ReifegradDatabase> {
  const target = factory ?? configuredFactory ?? browserFactory()
  if (!target) {
    reportStorageProblem('unavailable')
    return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available in this browser'))
  }
  const existing = connections.get(target)
  if (existing) return existing
  const opening: Promise<ReifegradDatabase> = connectDatabase(target).then(
    (database) => {
      watchConnection(target, opening, database)
      return database
    },
    (error: unknown) => {
      // A failed open is not kept: the next call tries again (e.g. after the user closed other tabs).
      if (connections.get(target) === opening) connections.delete(target)
      const storageError = toStorageError(error)
      // `blocked` was already reported when the browser said so, while we were still waiting.
      if (isStorageProblemKind(storageError.kind) && storageError.kind !== 'blocked') {
        reportStorageProblem(storageError.kind)
      }
      throw storageError
    },
  )
  connections.set(target, opening)
  return opening
}

/** Reading `indexedDB` itself throws in some locked-down contexts (e.g. blocked site data). */
function browserFactory(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB
  } catch {
    return null
  }
}

function watchConnection(factory: IDBFactory, opening: Promise<ReifegradDatabase>, database: ReifegradDatabase): void {
  const forget = () => {
    if (connections.get(factory) === opening) connections.delete(factory)
  }
  database.addEventListener('versionchange', (event) => {
    // Another tab opens a newer version, or deletes the database (then there is no new version):
    // give way at once, so it is not blocked by us, and tell the user which of the two happened.
    database.close()
    forget()
    reportStorageProblem((event as IDBVersionChangeEvent).newVersion === null ? 'deleted-elsewhere' : 'blocking')
  })
  database.addEventListener('close', () => {
    // Fired only when the browser closes the connection abnormally (data cleared, disk error).
    forget()
    reportStorageProblem('terminated')
  })
}

type UpgradeTransaction = IDBPTransaction<ReifegradSchema, ReifegradStoreName[], 'versionchange'>

/**
 * Opens a new connection (no sharing, no event watching), upgrading the schema when needed.
 * Rejects with a StorageError: `unavailable` when the browser cannot open it (e.g. private mode)
 * or it takes longer than the timeout, `blocked` when it timed out waiting for other tabs,
 * `outdated` when the stored database is newer than this version of the app.
 */
export function connectDatabase(factory: IDBFactory, options: ConnectOptions = {}): Promise<ReifegradDatabase> {
  const { version = DATABASE_VERSION, timeoutMs = OPEN_TIMEOUT_MS } = options
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest
    try {
      request = factory.open(DATABASE_NAME, version)
    } catch (error) {
      reject(toOpenError(error))
      return
    }
    let settled = false
    let blocked = false
    const timer = setTimeout(() => {
      settled = true
      const kind = blocked ? 'blocked' : 'unavailable'
      reject(new StorageError(kind, `Opening the database took longer than ${timeoutMs} ms`))
    }, timeoutMs)
    request.addEventListener('upgradeneeded', (event) => {
      const transaction = request.transaction
      try {
        const database = wrap(request.result) as unknown as ReifegradDatabase
        const upgrade = wrap(transaction!) as unknown as UpgradeTransaction
        // An aborted upgrade is reported through the open request; its `done` must not reject unobserved.
        upgrade.done.catch(() => undefined)
        upgradeDatabase(database, event.oldVersion, upgrade, event.newVersion ?? version)
      } catch (error) {
        // A failed step must not leave a half-upgraded schema: aborting keeps the old version.
        console.error('Database upgrade failed', error)
        transaction?.abort()
      }
    })
    request.addEventListener('blocked', () => {
      blocked = true
      reportStorageProblem('blocked')
    })
    // The request's result, unlike the promise idb returns, is never undefined after success.
    wrap(request).then(
      () => {
        clearTimeout(timer)
        const database = wrap(request.result) as unknown as ReifegradDatabase
        // Opened after we gave up: nobody uses this connection, and it must not block other tabs.
        if (settled) return database.close()
        settled = true
        resolve(database)
      },
      (error: unknown) => {
        clearTimeout(timer)
        if (settled) return
        settled = true
        reject(toOpenError(error))
      },
    )
  })
}

function toOpenError(error: unknown): StorageError {
  const storageError = toStorageError(error)
  if (storageError.kind === 'outdated' || storageError.kind === 'quota') return storageError
  return new StorageError('unavailable', `Opening the database failed: ${storageError.message}`, { cause: error })
}
