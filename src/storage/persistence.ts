/**
 * Persistent storage: without it a browser may delete the site's data when the disk runs low.
 * Wraps `navigator.storage` (`persist`, `persisted`, `estimate`); browsers without it answer
 * `unsupported` / null instead of failing.
 */

/** `persisted`: the browser keeps the data until the user deletes it; `best-effort`: it may evict it. */
export type PersistenceStatus = 'persisted' | 'best-effort' | 'unsupported'

export interface StorageUsage {
  /** Bytes this site uses. */
  usage: number
  /** Bytes this site may use, as the browser estimates it. */
  quota: number
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null
}

/** Whether the browser already keeps this site's data persistently. */
export async function persistenceStatus(): Promise<PersistenceStatus> {
  const manager = storageManager()
  if (!manager || typeof manager.persisted !== 'function') return 'unsupported'
  try {
    return (await manager.persisted()) ? 'persisted' : 'best-effort'
  } catch {
    return 'unsupported'
  }
}

/** Asks the browser to keep the data persistently (some browsers ask the user); returns the outcome. */
export async function requestPersistence(): Promise<PersistenceStatus> {
  const manager = storageManager()
  if (!manager || typeof manager.persist !== 'function') return 'unsupported'
  try {
    return (await manager.persist()) ? 'persisted' : 'best-effort'
  } catch {
    return persistenceStatus()
  }
}

/** How much this site stores and may store, or null when the browser does not tell. */
export async function estimateUsage(): Promise<StorageUsage | null> {
  const manager = storageManager()
  if (!manager || typeof manager.estimate !== 'function') return null
  try {
    const { usage, quota } = await manager.estimate()
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null
  } catch {
    return null
  }
}
