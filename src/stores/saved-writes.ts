import { ref } from 'vue'
import { toStorageError } from '@/storage/errors'
import { createAnswerWriter } from './answer-writer'
import { registerUnsavedInput } from './unsaved-input'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

/**
 * An ordered write queue (see createAnswerWriter) with the save state the page shows. Whatever is
 * still queued is written before an app update reloads the page, and when the page is hidden or
 * closed, so no typed input is lost. Used by the answers and by the session notes of a check.
 */
export function useSavedWrites<V>(write: (key: string, value: V | undefined) => Promise<void>) {
  const saveState = ref<SaveState>('idle')
  const saveError = ref<unknown>(null)
  const writer = createAnswerWriter<V>(write, (error) => {
    saveError.value = error ? toStorageError(error) : null
    saveState.value = error ? 'error' : writer.hasPending() ? 'saving' : 'saved'
  })

  registerUnsavedInput(async () => {
    await writer.flush()
    return saveState.value !== 'error'
  })
  if (typeof window !== 'undefined') {
    // Never rejects: a failure shows in the save state like any other.
    const flush = () => void writer.flush()
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush()
    })
  }
  return { writer, saveState, saveError }
}
