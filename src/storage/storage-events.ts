import type { LocalizedText } from '@/domain/questionnaire/types'
import { STORAGE_MESSAGES, type StorageProblemKind } from './storage-messages'

/** A problem with the device's storage as a whole, for the app to show once, prominently. */
export interface StorageProblem {
  kind: StorageProblemKind
  message: LocalizedText
}

export type StorageProblemListener = (problem: StorageProblem) => void

const listeners = new Set<StorageProblemListener>()

/** Calls `listener` for every storage problem from now on; returns the function that stops it. */
export function onStorageProblem(listener: StorageProblemListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Tells every listener about a problem; a failing listener does not keep the others from hearing it. */
export function reportStorageProblem(kind: StorageProblemKind, message: LocalizedText = STORAGE_MESSAGES[kind]): void {
  for (const listener of [...listeners]) {
    try {
      listener({ kind, message })
    } catch (error) {
      // A broken listener must not turn a storage problem into a second, unrelated failure.
      console.error('Storage problem listener failed', error)
    }
  }
}
