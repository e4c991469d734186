// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeAssessment, saveAnswer, saveDraft, updateDraft, getAssessment } from '@/storage/assessments-repository'
import { deleteAssessment, restoreAssessment } from '@/storage/assessment-removal'
import {
  CHANGE_CHANNEL_NAME,
  closeChangeChannel,
  onChangeInOtherTab,
  parseStorageChange,
  type StorageChange,
} from '@/storage/change-broadcast'
import { DATA_MARKER_KEY, readDataMarker } from '@/storage/data-marker'
import { at, draftRecord, sampleResult } from '../assessment/fixtures'
import { useFreshDatabase } from './storage-test-helpers'

useFreshDatabase()

/** A second tab: its own channel, which hears what this tab announces. */
function otherTab() {
  const channel = new BroadcastChannel(CHANGE_CHANNEL_NAME)
  const heard: StorageChange[] = []
  channel.onmessage = (event: MessageEvent) => heard.push(event.data as StorageChange)
  return { channel, heard }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBe(true)
}

describe('after committed writes', () => {
  let tab: ReturnType<typeof otherTab>
  beforeEach(() => {
    localStorage.clear()
    tab = otherTab()
  })
  afterEach(() => {
    tab.channel.close()
    closeChangeChannel()
  })

  it('other tabs hear every save, completion and delete with the check id', async () => {
    await saveDraft(draftRecord({ id: 'a-1' }))
    await saveAnswer('a-1', 'q1', 'opt-b', at(1))
    await completeAssessment('a-1', sampleResult(), at(2))
    await deleteAssessment('a-1')
    await until(() => tab.heard.length === 4)
    expect(tab.heard).toEqual([
      { kind: 'assessment-saved', id: 'a-1' },
      { kind: 'assessment-saved', id: 'a-1' },
      { kind: 'assessment-completed', id: 'a-1' },
      { kind: 'assessment-deleted', id: 'a-1' },
    ])
  })

  it('a failed write announces nothing', async () => {
    await expect(saveAnswer('missing', 'q1', 'x', at(1))).rejects.toThrow()
    await saveDraft(draftRecord({ id: 'a-2' }))
    await until(() => tab.heard.length === 1)
    expect(tab.heard).toEqual([{ kind: 'assessment-saved', id: 'a-2' }])
  })

  it('this tab hears the other tabs, and ignores messages that are not changes', async () => {
    const heard: StorageChange[] = []
    const stop = onChangeInOtherTab((change) => heard.push(change))
    tab.channel.postMessage({ kind: 'assessment-deleted', id: 'x-1' })
    tab.channel.postMessage({ kind: 'drop-database', id: 'x-1' })
    tab.channel.postMessage('assessment-saved')
    tab.channel.postMessage({ kind: 'assessment-saved', id: 'x-2' })
    await until(() => heard.length === 2)
    expect(heard).toEqual([{ kind: 'assessment-deleted', id: 'x-1' }, { kind: 'assessment-saved', id: 'x-2' }])
    stop()
    expect(parseStorageChange({ kind: 'assessment-saved', id: '' })).toBeNull()
  })

  it('keeps the data note while checks exist and removes it with the last one', async () => {
    expect(readDataMarker()).toBeNull()
    await saveDraft(draftRecord({ id: 'a-1' }))
    await saveDraft(draftRecord({ id: 'a-2' }))
    expect(readDataMarker()?.lastSavedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    await deleteAssessment('a-1')
    expect(readDataMarker()).not.toBeNull()
    const last = await deleteAssessment('a-2')
    expect(readDataMarker()).toBeNull()
    await restoreAssessment(last!.record, last!.plan)
    expect(readDataMarker()).not.toBeNull()
  })

  it('an unreadable note counts as none', () => {
    localStorage.setItem(DATA_MARKER_KEY, '{not json')
    expect(readDataMarker()).toBeNull()
    localStorage.setItem(DATA_MARKER_KEY, JSON.stringify({ lastSavedAt: 'gestern' }))
    expect(readDataMarker()).toBeNull()
  })
})

describe('updateDraft', () => {
  afterEach(() => closeChangeChannel())

  it('changes profile and step but keeps answers another tab stored meanwhile', async () => {
    await saveDraft(draftRecord({ id: 'a-1', answers: {} }))
    // Another tab writes an answer this tab has not seen.
    await saveAnswer('a-1', 'q9', 'opt-c', at(1))
    const updated = await updateDraft('a-1', { currentStep: 4, profile: { state: 'DE-BY', sector: 'hw-bau', employees: '1-9' } }, at(2))
    expect(updated).toMatchObject({ currentStep: 4, profile: { state: 'DE-BY' }, answers: { q9: 'opt-c' }, updatedAt: at(2) })
    expect(await getAssessment('a-1')).toEqual(updated)
  })

  it('refuses an invalid profile and a completed check, changing nothing', async () => {
    await saveDraft(draftRecord({ id: 'a-1' }))
    const before = await getAssessment('a-1')
    await expect(updateDraft('a-1', { currentStep: -3 }, at(2))).rejects.toMatchObject({ kind: 'invalid' })
    // A district must be a Kreis code of the profile's state (profile version 2).
    await expect(updateDraft('a-1', { profile: { state: 'DE-BY', district: '03241' } }, at(2))).rejects.toMatchObject({ kind: 'invalid' })
    await expect(updateDraft('a-1', { profile: { state: 'DE-NI', district: 'Region Hannover' } }, at(2))).rejects.toMatchObject({ kind: 'invalid' })
    await completeAssessment('a-1', sampleResult(), at(3))
    await expect(updateDraft('a-1', { currentStep: 1 }, at(4))).rejects.toMatchObject({ kind: 'check-completed' })
    expect((await getAssessment('a-1'))?.currentStep).toBe(before?.currentStep)
  })
})
