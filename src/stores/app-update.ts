import { defineStore } from 'pinia'
import { ref } from 'vue'
import { flushUnsavedInput } from './unsaved-input'

/**
 * A new version of the app is waiting. Nothing reloads on its own: the user chooses "Jetzt
 * aktualisieren", then every pending answer is written, and only then the new version takes over.
 */
export const useAppUpdateStore = defineStore('app-update', () => {
  const available = ref(false)
  const updating = ref(false)
  /** Some input is not saved (a write failed, or a form is not submitted): applying would lose it. */
  const blocked = ref(false)
  let applyUpdate: (() => void) | null = null

  /** Called by the service worker registration with the function that switches to the new version. */
  function offer(apply: () => void): void {
    applyUpdate = apply
    available.value = true
  }

  /** Writes every pending answer, then switches to the new version (the page reloads). */
  async function updateNow(): Promise<void> {
    if (!applyUpdate || updating.value) return
    updating.value = true
    blocked.value = false
    // The answer store registers its queue there (its `flush()`), and the profile form its unsaved
    // changes, so the start page's bundle does not carry the questionnaire code just to flush it.
    if (!(await flushUnsavedInput())) {
      updating.value = false
      blocked.value = true
      return
    }
    applyUpdate()
  }

  /** "Später": hide the banner; the new version starts when every Reifegrad tab was closed. */
  function postpone(): void {
    available.value = false
    blocked.value = false
  }

  return { available, updating, blocked, offer, updateNow, postpone }
})
