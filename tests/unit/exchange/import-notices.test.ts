// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANGE_CHANNEL_NAME, closeChangeChannel, type StorageChange } from '@/storage/change-broadcast'
import { readDataMarker } from '@/storage/data-marker'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import { companyExport, importText } from './exchange-test-helpers'

useFreshDatabase()

describe('after an import', () => {
  let channel: BroadcastChannel
  const heard: StorageChange[] = []
  beforeEach(() => {
    localStorage.clear()
    heard.length = 0
    channel = new BroadcastChannel(CHANGE_CHANNEL_NAME)
    channel.onmessage = (event: MessageEvent) => heard.push(event.data as StorageChange)
  })
  afterEach(() => {
    channel.close()
    closeChangeChannel()
  })

  it('other tabs hear of every imported check, and the data-loss note is kept', async () => {
    expect((await importText(JSON.stringify(companyExport()))).ok).toBe(true)
    for (let i = 0; i < 200 && heard.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(heard).toEqual([
      { kind: 'assessment-saved', id: 'a-import-draft' },
      { kind: 'assessment-saved', id: 'a-import-done' },
    ])
    expect(readDataMarker()).not.toBeNull()
  })

  it('a refused file announces nothing', async () => {
    expect((await importText('{"format": "reifegrad-export"')).ok).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(heard).toEqual([])
    expect(readDataMarker()).toBeNull()
  })
})
