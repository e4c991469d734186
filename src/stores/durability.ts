import { defineStore } from 'pinia'
import { ref } from 'vue'
import { countAssessments } from '@/storage/assessment-count'
import { clearDataMarker, readDataMarker, type DataMarker } from '@/storage/data-marker'
import {
  estimateUsage,
  persistenceStatus,
  requestPersistence,
  type PersistenceStatus,
  type StorageUsage,
} from '@/storage/persistence'

/** Whether the data on this device is safe from eviction, and whether the browser already removed it. */
export const useDurabilityStore = defineStore('durability', () => {
  /** null until first asked. */
  const status = ref<PersistenceStatus | null>(null)
  const usage = ref<StorageUsage | null>(null)
  /** Set when checks were stored here before but the database is empty now. */
  const lostData = ref<DataMarker | null>(null)

  async function refresh(): Promise<void> {
    const [nextStatus, nextUsage] = await Promise.all([persistenceStatus(), estimateUsage()])
    status.value = nextStatus
    usage.value = nextUsage
  }

  /** Asks the browser to keep the data (the user pressed the button in the settings). */
  async function requestPersistent(): Promise<void> {
    status.value = await requestPersistence()
    usage.value = await estimateUsage()
  }

  /** After a completed check: ask once it is known not to be persistent yet. */
  async function askAfterCompletion(): Promise<void> {
    if ((await persistenceStatus()) === 'best-effort') status.value = await requestPersistence()
  }

  /** At start: the note says checks were stored, but there are none: the browser removed them. */
  async function checkForLostData(): Promise<void> {
    const marker = readDataMarker()
    if (!marker) return
    try {
      if ((await countAssessments()) === 0) lostData.value = marker
    } catch {
      // Storage unavailable: that problem has its own message; nothing can be told about the data.
    }
  }

  /** The user has read the notice: forget the note, so it is not shown again. */
  function acknowledgeLostData(): void {
    clearDataMarker()
    lostData.value = null
  }

  return { status, usage, lostData, refresh, requestPersistent, askAfterCompletion, checkForLostData, acknowledgeLostData }
})
