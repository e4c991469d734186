import type { StorageProblemKind } from './errors'

/** A problem with the device's storage as a whole, for the app to show once, prominently (its kind decides the words). */
export interface StorageProblem {
  kind: StorageProblemKind
}

export type StorageProblemListener = (problem: StorageProblem) => void

const listeners = new Set<StorageProblemListener>()

/** Calls `listener` for every storage problem from now on; returns the function that stops it. */
export function onStorageProblem(listener: StorageProblemListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Tells every listener about a problem; a failing listener does not keep the others from hearing it. */
export function reportStorageProblem(kind: StorageProblemKind): void {
  for (const listener of [...listeners]) {
    try {
      listener({ kind })
    } catch (error) {
      // A broken listener must not turn a storage problem into a second, unrelated failure.
      console.error('Storage problem listener failed', error)
    }
  }
}
