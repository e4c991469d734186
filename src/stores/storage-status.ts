import { defineStore } from 'pinia'
import { ref } from 'vue'
import { onStorageProblem, type StorageProblem } from '@/storage/storage-events'

/** The latest problem with the device storage, for the alert every page shows. */
export const useStorageStatusStore = defineStore('storage-status', () => {
  const problem = ref<StorageProblem | null>(null)
  onStorageProblem((next) => {
    problem.value = next
  })
  return { problem, dismiss: () => (problem.value = null) }
})
