/**
 * Tells the app's other tabs about committed writes, over one BroadcastChannel. A tab never hears
 * its own messages, so listeners react only to changes made elsewhere (e.g. "Meine Checks" in one
 * tab reloads after a delete in another). Browsers without BroadcastChannel simply stay silent.
 */

export const CHANGE_CHANNEL_NAME = 'reifegrad-changes'

export type StorageChangeKind = 'assessment-saved' | 'assessment-completed' | 'assessment-deleted' | 'company-saved' | 'company-deleted' | 'plan-saved'

/** One committed change to a check, a company or a plan (`id` is the record's). */
export interface StorageChange {
  kind: StorageChangeKind
  id: string
}

export type StorageChangeListener = (change: StorageChange) => void

const KINDS: ReadonlySet<string> = new Set<StorageChangeKind>([
  'assessment-saved', 'assessment-completed', 'assessment-deleted', 'company-saved', 'company-deleted', 'plan-saved',
])

let channel: BroadcastChannel | null | undefined

function sharedChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL_NAME)
    } catch {
      channel = null
    }
  }
  return channel
}

/** A message from another tab as a StorageChange, or null when it is not one (checked at the border). */
export function parseStorageChange(data: unknown): StorageChange | null {
  if (typeof data !== 'object' || data === null) return null
  const { kind, id } = data as Record<string, unknown>
  if (typeof kind !== 'string' || !KINDS.has(kind) || typeof id !== 'string' || id === '') return null
  return { kind: kind as StorageChangeKind, id }
}

/** Announces a committed change to every other tab. */
export function announceChange(change: StorageChange): void {
  try {
    sharedChannel()?.postMessage({ kind: change.kind, id: change.id })
  } catch {
    // A closed channel (page unloading) has nobody left to tell.
  }
}

/** Calls `listener` for every change made in another tab; returns the function that stops it. */
export function onChangeInOtherTab(listener: StorageChangeListener): () => void {
  const target = sharedChannel()
  if (!target) return () => undefined
  const handle = (event: MessageEvent) => {
    const change = parseStorageChange(event.data)
    if (change) listener(change)
  }
  target.addEventListener('message', handle)
  return () => target.removeEventListener('message', handle)
}

/** Closes this tab's channel (tests; a later call opens a new one). */
export function closeChangeChannel(): void {
  channel?.close()
  channel = undefined
}
