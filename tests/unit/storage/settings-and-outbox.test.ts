import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { openDatabase } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { enqueue, listDue, listForAssessment, update } from '@/storage/outbox-repository'
import { deleteSetting, getSetting, setSetting } from '@/storage/settings-repository'
import { at, outboxEntry } from '../assessment/fixtures'
import { failNextPut, quotaExceeded, useFreshDatabase } from './storage-test-helpers'

const { problems } = useFreshDatabase()

describe('settings', () => {
  it('round-trip JSON-like values and forget deleted ones', async () => {
    await setSetting('endpoint', 'https://collector.example/api')
    await setSetting('consent', reactive({ defaultOn: false, regions: ['DE-NI'] }))
    expect(await getSetting<string>('endpoint')).toBe('https://collector.example/api')
    expect(await getSetting('consent')).toEqual({ defaultOn: false, regions: ['DE-NI'] })
    await deleteSetting('endpoint')
    expect(await getSetting('endpoint')).toBeUndefined()
  })

  it('hand out a value only when the caller’s check accepts it', async () => {
    await setSetting('locale', 42)
    const isLocale = (v: unknown): v is 'de' | 'en' => v === 'de' || v === 'en'
    expect(await getSetting('locale', isLocale)).toBeUndefined()
    await setSetting('locale', 'en')
    expect(await getSetting('locale', isLocale)).toBe('en')
  })

  it('refuse values that are no JSON data', async () => {
    const error = await setSetting('when', new Date(0)).catch((e: unknown) => e)
    expect((error as StorageError).kind).toBe('invalid')
  })

  it('keep the old value when the quota is exceeded', async () => {
    await setSetting('locale', 'de')
    failNextPut('settings', quotaExceeded())
    const error = await setSetting('locale', 'en').catch((e: unknown) => e)
    expect((error as StorageError).kind).toBe('quota')
    expect(problems.map((p) => p.kind)).toEqual(['quota'])
    expect(await getSetting('locale')).toBe('de')
  })
})

describe('outbox', () => {
  it('enqueues each key once', async () => {
    expect(await enqueue(outboxEntry())).toBe(true)
    expect(await enqueue(outboxEntry({ payload: { other: true } }))).toBe(false)
    expect(await listForAssessment('a-1')).toEqual([outboxEntry()])
  })

  it('lists due pending entries, earliest first', async () => {
    await enqueue(outboxEntry({ key: 'later', nextAttemptAt: at(20) }))
    await enqueue(outboxEntry({ key: 'due-2', nextAttemptAt: at(5) }))
    await enqueue(outboxEntry({ key: 'due-1', nextAttemptAt: at(1) }))
    await enqueue(outboxEntry({ key: 'sent', status: 'sent', sentAt: at(2), nextAttemptAt: at(0) }))
    await enqueue(outboxEntry({ key: 'failed', status: 'failed', nextAttemptAt: at(0) }))
    expect((await listDue(at(5))).map((e) => e.key)).toEqual(['due-1', 'due-2'])
    expect((await listDue(at(60))).map((e) => e.key)).toEqual(['due-1', 'due-2', 'later'])
  })

  it('updates an entry after an attempt', async () => {
    await enqueue(outboxEntry())
    const retry = outboxEntry({ attempts: 1, lastError: 'HTTP 503', nextAttemptAt: at(10) })
    await update(retry)
    expect(await listDue(at(5))).toEqual([])
    await update({ ...retry, status: 'sent', sentAt: at(11) })
    expect((await listForAssessment('a-1'))[0]).toMatchObject({ status: 'sent', sentAt: at(11), attempts: 1 })
    const error = await update(outboxEntry({ key: 'missing' })).catch((e: unknown) => e)
    expect((error as StorageError).kind).toBe('not-found')
  })

  it('lists the entries of one assessment, oldest first, and skips damaged ones', async () => {
    await enqueue(outboxEntry({ key: 'k-2', createdAt: at(5) }))
    await enqueue(outboxEntry({ key: 'k-1', createdAt: at(1) }))
    await enqueue(outboxEntry({ key: 'k-3', assessmentId: 'a-2' }))
    await (await openDatabase()).put('outbox', { ...outboxEntry({ key: 'k-4' }), attempts: -3 } as never)
    expect((await listForAssessment('a-1')).map((e) => e.key)).toEqual(['k-1', 'k-2'])
    expect(problems.map((p) => p.kind)).toEqual(['corrupt'])
  })
})
