import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { CachedSnapshot } from '@/domain/lagebild/snapshot'
import { fetchSnapshot } from '@/outbox/lagebild-client'
import { keepSnapshot, readCachedSnapshot } from '@/storage/lagebild-cache'
import { SUBMISSION_ENDPOINT } from './submission-endpoint'

/**
 * The regional Lagebild: the collector's latest published figures of a questionnaire version,
 * fetched when online and kept on the device, so the last snapshot is there offline too.
 */
export const useLagebildStore = defineStore('lagebild', () => {
  const cached = shallowRef<CachedSnapshot | null>(null)
  /** True when the shown snapshot could not be renewed now (offline, or the collector did not answer). */
  const stale = ref(false)
  const loading = ref(false)

  async function load(questionnaire: string): Promise<void> {
    loading.value = true
    try {
      cached.value = await readCachedSnapshot(questionnaire)
      stale.value = false
      if (!SUBMISSION_ENDPOINT) return
      const fresh = await fetchSnapshot(SUBMISSION_ENDPOINT, questionnaire)
      if (fresh) cached.value = await keepSnapshot(fresh, new Date().toISOString())
      else stale.value = true
    } finally {
      loading.value = false
    }
  }

  return { cached, stale, loading, load }
})
