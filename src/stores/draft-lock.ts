import { defineStore } from 'pinia'
import { ref } from 'vue'
import { AppError } from '@/domain/app-error'
import { acquireDraftLock, type DraftLock } from '@/storage/draft-lock'

/**
 * `checking`: asking for the lock; `editing`: this tab edits the draft; `elsewhere`: another tab
 * has it open; `lost`: another tab took it over while this tab was editing.
 */
export type DraftEditState = 'checking' | 'editing' | 'elsewhere' | 'lost'

/** A write refused because another tab edits this draft. */
export function draftLocked(assessmentId: string): AppError {
  return new AppError('draft-locked', {}, { detail: `Draft ${assessmentId} is being edited in another tab` })
}

/** Which draft this tab edits, and whether it may: one draft is edited by one tab at a time. */
export const useDraftLockStore = defineStore('draft-lock', () => {
  const draftId = ref<string | null>(null)
  const state = ref<DraftEditState>('checking')
  let held: DraftLock | null = null
  // Each claim gets a number; answers to an older claim (or after a release) are ignored.
  let claimNumber = 0

  /** Takes the edit lock of draft `id` if it is free, or (`steal`) from the tab that has it. */
  async function claim(id: string, steal = false): Promise<void> {
    // Already editing (or asking): nothing to do. From `elsewhere` or `lost` ask again: the other tab may be gone.
    if (!steal && draftId.value === id && (state.value === 'editing' || state.value === 'checking')) return
    release()
    const mine = ++claimNumber
    draftId.value = id
    state.value = 'checking'
    const lock = await acquireDraftLock(id, {
      steal,
      onLost: () => {
        if (mine === claimNumber) state.value = 'lost'
      },
    })
    if (mine !== claimNumber) {
      lock.release()
      return
    }
    held = lock
    state.value = lock.outcome === 'elsewhere' ? 'elsewhere' : 'editing'
  }

  /** Gives the lock back (the user left the draft's pages). */
  function release(): void {
    claimNumber += 1
    held?.release()
    held = null
    draftId.value = null
    state.value = 'checking'
  }

  /** Whether this tab may write to draft `id`: always, unless it is this tab's claimed draft and not held. */
  function mayEdit(id: string): boolean {
    return draftId.value !== id || state.value === 'editing'
  }

  return { draftId, state, claim, release, mayEdit }
})
