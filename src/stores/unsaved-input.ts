/**
 * Input that is queued but not yet written (while the write before it is under way). Stores with such a queue
 * register how to write it, so that leaving the running code (an app update reloads the page)
 * can first write everything, without the app shell having to load those stores.
 */

/** Writes the queue now; resolves to false when something could not be saved. */
export type UnsavedInputFlusher = () => Promise<boolean>

const flushers = new Set<UnsavedInputFlusher>()

/** Registers a store's flusher; returns the function that removes it. */
export function registerUnsavedInput(flush: UnsavedInputFlusher): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

/** Writes every queued input; false when any of it could not be saved (it is still only in memory). */
export async function flushUnsavedInput(): Promise<boolean> {
  const outcomes = await Promise.all([...flushers].map((flush) => flush().catch(() => false)))
  return outcomes.every(Boolean)
}
