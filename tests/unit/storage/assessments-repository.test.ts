import { IDBDatabase } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { toSummary } from '@/domain/assessment/assessment-summary'
import { completeAssessment, getAssessment, saveAnswer, saveDraft } from '@/storage/assessments-repository'
import { deleteAssessment, restoreAssessment } from '@/storage/assessment-removal'
import { openDatabase } from '@/storage/database'
import { StorageError } from '@/storage/errors'
import { at, completedRecord, draftRecord, sampleResult } from '../assessment/fixtures'
import { abortNextPutWithQuota, errorWords, failNextPut, quotaExceeded, useFreshDatabase } from './storage-test-helpers'

const { problems } = useFreshDatabase()

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

async function storedSummary(id: string) {
  return (await openDatabase()).get('summaries', id)
}

describe('saveDraft and getAssessment', () => {
  it('round-trip a draft and write its summary', async () => {
    const record = draftRecord()
    await saveDraft(record)
    expect(await getAssessment('a-1')).toEqual(record)
    expect(await storedSummary('a-1')).toEqual(toSummary(record))
  })

  it('store plain data when given a Vue reactive record', async () => {
    const record = reactive(draftRecord())
    await saveDraft(record)
    expect(await getAssessment('a-1')).toEqual(draftRecord())
  })

  it('return null for an unknown id', async () => {
    expect(await getAssessment('nope')).toBeNull()
    expect(problems).toEqual([])
  })

  it('refuse an invalid record and write nothing', async () => {
    const error = await rejection(saveDraft({ ...draftRecord(), answers: { q1: Number.NaN } }))
    expect(error.kind).toBe('invalid')
    expect(await getAssessment('a-1')).toBeNull()
  })

  it('refuse to overwrite a completed check', async () => {
    await restoreAssessment(completedRecord())
    const error = await rejection(saveDraft(draftRecord()))
    expect(error.kind).toBe('check-completed')
    expect((await getAssessment('a-1'))?.status).toBe('completed')
  })

  it('return null and report a damaged stored record', async () => {
    const db = await openDatabase()
    await db.put('assessments', { ...draftRecord(), answers: { q1: { evil: true } } } as never)
    expect(await getAssessment('a-1')).toBeNull()
    expect(problems.map((p) => p.kind)).toEqual(['corrupt'])
  })
})

describe('saveAnswer', () => {
  it('sets, replaces and removes one answer and moves updatedAt', async () => {
    await saveDraft(draftRecord({ answers: {} }))
    await saveAnswer('a-1', 'q1', 'opt-a', at(1))
    await saveAnswer('a-1', 'q2', ['x'], at(2))
    await saveAnswer('a-1', 'q1', { na: true }, at(3))
    let stored = await getAssessment('a-1')
    expect(stored?.answers).toEqual({ q1: { na: true }, q2: ['x'] })
    expect(stored?.updatedAt).toBe(at(3))
    expect((await storedSummary('a-1'))?.updatedAt).toBe(at(3))

    const updated = await saveAnswer('a-1', 'q2', undefined, at(4))
    stored = await getAssessment('a-1')
    expect(stored?.answers).toEqual({ q1: { na: true } })
    expect(updated).toEqual(stored)
  })

  it('copies a reactive answer', async () => {
    await saveDraft(draftRecord({ answers: {} }))
    await saveAnswer('a-1', 'q2', reactive(['x', 'y']), at(1))
    expect((await getAssessment('a-1'))?.answers).toEqual({ q2: ['x', 'y'] })
  })

  it('rejects an unknown check, an invalid answer and a completed check', async () => {
    expect((await rejection(saveAnswer('nope', 'q1', 'a', at(1)))).kind).toBe('check-not-found')
    await saveDraft(draftRecord())
    expect((await rejection(saveAnswer('a-1', 'q1', { na: false } as never, at(1)))).kind).toBe('invalid')
    expect((await rejection(saveAnswer('a-1', '__proto__', 'a', at(1)))).kind).toBe('invalid')
    expect((await rejection(saveAnswer('a-1', 'q1', 'a', 'yesterday'))).kind).toBe('invalid')
    await completeAssessment('a-1', sampleResult(), at(5))
    expect((await rejection(saveAnswer('a-1', 'q1', 'b', at(6)))).kind).toBe('check-completed')
    expect((await getAssessment('a-1'))?.answers.q1).toBe('opt-a')
  })

  it('keeps the previous answer when the disk is full', async () => {
    await saveDraft(draftRecord())
    failNextPut('assessments', quotaExceeded())
    const error = await rejection(saveAnswer('a-1', 'q1', 'opt-b', at(1)))
    expect(error.kind).toBe('quota')
    expect(errorWords(error)).toMatch(/nicht genug Speicherplatz/)
    expect(errorWords(error, 'en')).not.toBe(errorWords(error))
    expect(problems.map((p) => p.kind)).toEqual(['quota'])
    const stored = await getAssessment('a-1')
    expect(stored?.answers.q1).toBe('opt-a')
    expect(stored?.updatedAt).toBe(at(0))
    // Storage works again once space is free.
    await saveAnswer('a-1', 'q1', 'opt-b', at(2))
    expect((await getAssessment('a-1'))?.answers.q1).toBe('opt-b')
  })

  it('reports quota when the browser aborts the transaction for lack of space', async () => {
    await saveDraft(draftRecord())
    abortNextPutWithQuota('assessments')
    const error = await rejection(saveAnswer('a-1', 'q1', 'opt-b', at(1)))
    expect(error.kind).toBe('quota')
    expect(problems.map((p) => p.kind)).toEqual(['quota'])
    expect(await getAssessment('a-1')).toEqual(draftRecord())
  })

  it('writes nothing when the second write of the transaction fails', async () => {
    await saveDraft(draftRecord())
    failNextPut('summaries', quotaExceeded())
    await rejection(saveAnswer('a-1', 'q1', 'opt-b', at(1)))
    expect((await getAssessment('a-1'))?.answers.q1).toBe('opt-a')
  })
})

describe('completeAssessment', () => {
  it('sets status, completion time, frozen result and summary together', async () => {
    await saveDraft(draftRecord())
    const completed = await completeAssessment('a-1', sampleResult(), at(30))
    expect(completed).toEqual(completedRecord())
    expect(await getAssessment('a-1')).toEqual(completedRecord())
    expect(await storedSummary('a-1')).toMatchObject({
      status: 'completed', completedAt: at(30), updatedAt: at(30), overallScore: 62.5, overallLevel: 4,
    })
  })

  it('is atomic: when the summary cannot be written, the check stays a draft', async () => {
    await saveDraft(draftRecord())
    failNextPut('summaries', new DOMException('Disk error', 'UnknownError'))
    const error = await rejection(completeAssessment('a-1', sampleResult(), at(30)))
    expect(error.kind).toBe('failed')
    expect(await getAssessment('a-1')).toEqual(draftRecord())
    expect(await storedSummary('a-1')).toEqual(toSummary(draftRecord()))
  })

  it('asks for strict durability', async () => {
    await saveDraft(draftRecord())
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction')
    await completeAssessment('a-1', sampleResult(), at(30))
    expect(transaction).toHaveBeenCalledWith(['assessments', 'summaries'], 'readwrite', { durability: 'strict' })
  })

  it('refuses a second completion, a foreign result and an unknown check', async () => {
    await saveDraft(draftRecord())
    expect((await rejection(completeAssessment('a-1', sampleResult('other@1.0.0'), at(30)))).kind).toBe('invalid')
    expect((await rejection(completeAssessment('a-1', { ...sampleResult(), overall: null } as never, at(30)))).kind).toBe('invalid')
    expect((await rejection(completeAssessment('nope', sampleResult(), at(30)))).kind).toBe('check-not-found')
    await completeAssessment('a-1', sampleResult(), at(30))
    expect((await rejection(completeAssessment('a-1', sampleResult(), at(40)))).kind).toBe('check-completed')
    expect((await getAssessment('a-1'))?.completedAt).toBe(at(30))
  })
})

describe('deleteAssessment and restoreAssessment', () => {
  it('delete the check and its summary and put both back for undo', async () => {
    await saveDraft(draftRecord())
    const deleted = await deleteAssessment('a-1')
    expect(deleted).toEqual({ record: draftRecord(), plan: null })
    expect(await getAssessment('a-1')).toBeNull()
    expect(await storedSummary('a-1')).toBeUndefined()

    await restoreAssessment(deleted!.record, deleted!.plan)
    expect(await getAssessment('a-1')).toEqual(draftRecord())
    expect(await storedSummary('a-1')).toEqual(toSummary(draftRecord()))
  })

  it('return null when there was nothing to delete', async () => {
    expect(await deleteAssessment('nope')).toBeNull()
  })

  it('restore a completed check as it was', async () => {
    await restoreAssessment(completedRecord())
    expect(await getAssessment('a-1')).toEqual(completedRecord())
  })
})
