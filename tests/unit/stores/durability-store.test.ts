// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveDraft } from '@/storage/assessments-repository'
import { deleteAssessment } from '@/storage/assessment-removal'
import { closeChangeChannel } from '@/storage/change-broadcast'
import { markDataStored, readDataMarker } from '@/storage/data-marker'
import { estimateUsage, persistenceStatus, requestPersistence } from '@/storage/persistence'
import { useDurabilityStore } from '@/stores/durability'
import { draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from '../storage/storage-test-helpers'

useFreshDatabase()

describe('noticing stored data the browser removed', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => closeChangeChannel())

  it('says nothing on a device that never stored a check', async () => {
    const durability = useDurabilityStore()
    await durability.checkForLostData()
    expect(durability.lostData).toBeNull()
  })

  it('says nothing while the checks are there', async () => {
    await saveDraft(draftRecord({ id: 'a-1' }))
    const durability = useDurabilityStore()
    await durability.checkForLostData()
    expect(durability.lostData).toBeNull()
  })

  it('reports the loss when the note says checks were stored but the database is empty, once', async () => {
    // The state after an eviction: the note in localStorage survived, IndexedDB is new and empty.
    markDataStored('2025-03-01T10:00:00.000Z')
    const durability = useDurabilityStore()
    await durability.checkForLostData()
    expect(durability.lostData).toEqual({ lastSavedAt: '2025-03-01T10:00:00.000Z' })
    durability.acknowledgeLostData()
    expect(durability.lostData).toBeNull()
    expect(readDataMarker()).toBeNull()
    await durability.checkForLostData()
    expect(durability.lostData).toBeNull()
  })

  it('does not mistake deleting every check for a loss', async () => {
    await saveDraft(draftRecord({ id: 'a-1' }))
    await deleteAssessment('a-1')
    const durability = useDurabilityStore()
    await durability.checkForLostData()
    expect(durability.lostData).toBeNull()
  })
})

describe('persistent storage', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubStorage(storage: Partial<StorageManager> | undefined) {
    vi.stubGlobal('navigator', { ...navigator, storage })
  }

  it('reports what the browser says and asks it to persist', async () => {
    let persisted = false
    stubStorage({
      persisted: async () => persisted,
      persist: async () => (persisted = true),
      estimate: async () => ({ usage: 1200, quota: 5_000_000 }),
    })
    expect(await persistenceStatus()).toBe('best-effort')
    expect(await requestPersistence()).toBe('persisted')
    expect(await persistenceStatus()).toBe('persisted')
    expect(await estimateUsage()).toEqual({ usage: 1200, quota: 5_000_000 })
  })

  it('a refusal stays best-effort; a browser without the API is unsupported, not an error', async () => {
    stubStorage({ persisted: async () => false, persist: async () => false, estimate: () => Promise.reject(new Error('no')) })
    expect(await requestPersistence()).toBe('best-effort')
    expect(await estimateUsage()).toBeNull()
    stubStorage(undefined)
    expect(await persistenceStatus()).toBe('unsupported')
    expect(await requestPersistence()).toBe('unsupported')
    expect(await estimateUsage()).toBeNull()
  })

  it('the store asks after a completed check only when the data is not yet persistent', async () => {
    setActivePinia(createPinia())
    const persist = vi.fn(async () => true)
    stubStorage({ persisted: async () => false, persist })
    const durability = useDurabilityStore()
    await durability.askAfterCompletion()
    expect(persist).toHaveBeenCalledTimes(1)
    expect(durability.status).toBe('persisted')
    stubStorage({ persisted: async () => true, persist })
    await durability.askAfterCompletion()
    expect(persist).toHaveBeenCalledTimes(1)
  })
})
