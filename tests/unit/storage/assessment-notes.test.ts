import { describe, expect, it } from 'vitest'
import { getAssessment, listSummaries, saveAnswer } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { saveSessionNote } from '@/storage/assessment-notes'
import { StorageError } from '@/storage/errors'
import { at, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from './storage-test-helpers'

useFreshDatabase()

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(StorageError)
  return error as StorageError
}

describe('saveSessionNote', () => {
  it('writes a question’s note and follow-up flag and keeps the other notes, flags and every answer', async () => {
    const draft = draftRecord({ id: 'a-1' })
    await restoreAssessment(draft)
    const saved = await saveSessionNote('a-1', 'q3', { note: 'Glasfaser ab Herbst', followUp: true }, at(5))
    expect(saved).toEqual({ notes: { q1: 'Nachfragen', q3: 'Glasfaser ab Herbst' }, followUps: ['q2', 'q3'], updatedAt: at(5) })
    const stored = await getAssessment('a-1')
    expect(stored).toEqual({ ...draft, notes: saved.notes, followUps: saved.followUps, updatedAt: at(5) })
    // The list shows the check as changed.
    expect((await listSummaries({ limit: 5 })).items[0]!.updatedAt).toBe(at(5))
  })

  it('never overwrites an answer written after the page last read the check (read-modify-write in storage)', async () => {
    await restoreAssessment(draftRecord({ id: 'a-1' }))
    await saveAnswer('a-1', 'q1', 'opt-z', at(3))
    await saveSessionNote('a-1', 'q1', { note: 'Nachfragen, Angebot liegt vor', followUp: false }, at(4))
    const stored = await getAssessment('a-1')
    expect(stored!.answers.q1).toBe('opt-z')
    expect(stored!.notes.q1).toBe('Nachfragen, Angebot liegt vor')
  })

  it('an empty note removes it, an unflagged question leaves the follow-ups, a flag already set keeps its place', async () => {
    await restoreAssessment(draftRecord({ id: 'a-1', followUps: ['q2', 'q5'] }))
    await saveSessionNote('a-1', 'q1', { note: '   ', followUp: false }, at(2))
    await saveSessionNote('a-1', 'q2', { note: 'neu', followUp: true }, at(3))
    await saveSessionNote('a-1', 'q5', { note: '', followUp: false }, at(4))
    const stored = await getAssessment('a-1')
    expect(stored!.notes).toEqual({ q2: 'neu' })
    expect(stored!.followUps).toEqual(['q2'])
  })

  it('works on a completed check (notes are annotations, not the frozen result), which stays completed', async () => {
    const done = completedRecord({ id: 'a-2' })
    await restoreAssessment(done)
    await saveSessionNote('a-2', 'q4', { note: 'Im Bericht besprechen', followUp: true }, at(60))
    const stored = await getAssessment('a-2')
    expect(stored).toMatchObject({ status: 'completed', result: done.result, answers: done.answers, completedAt: done.completedAt })
    expect(stored!.notes.q4).toBe('Im Bericht besprechen')
  })

  it('refuses unsafe question ids, over-long notes and unknown checks, and changes nothing', async () => {
    await restoreAssessment(draftRecord({ id: 'a-1' }))
    const before = await getAssessment('a-1')
    expect((await rejection(saveSessionNote('a-1', '__proto__', { note: 'x', followUp: false }, at(1)))).kind).toBe('invalid')
    expect((await rejection(saveSessionNote('a-1', 'q1', { note: 'x'.repeat(20_001), followUp: false }, at(1)))).kind).toBe('invalid')
    expect((await rejection(saveSessionNote('nope', 'q1', { note: 'x', followUp: false }, at(1)))).kind).toBe('check-not-found')
    expect(await getAssessment('a-1')).toEqual(before)
  })
})
