import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { getAssessment } from '@/storage/assessments-repository'
import { closeChangeChannel } from '@/storage/change-broadcast'
import { acquireDraftLock, draftLockName } from '@/storage/draft-lock'
import { useAssessmentStore } from '@/stores/assessment'
import { useDraftLockStore } from '@/stores/draft-lock'
import { isAppError } from '@/domain/app-error'
import { useFreshDatabase } from '../storage/storage-test-helpers'

// Node has no Web Locks: the real locking between tabs is tested in Chromium (tests/e2e/two-tabs).
// Here: the fallback, and that the answer store refuses every write while another tab edits.
describe('the draft edit lock', () => {
  useFreshDatabase()
  beforeEach(() => {
    setActivePinia(createPinia())
    return () => closeChangeChannel()
  })

  it('without Web Locks a tab edits as before', async () => {
    expect(draftLockName('a-1')).toBe('reifegrad-draft-a-1')
    const lock = await acquireDraftLock('a-1', { onLost: () => undefined })
    expect(lock.outcome).toBe('unsupported')
    const store = useDraftLockStore()
    await store.claim('a-1')
    expect(store.state).toBe('editing')
    expect(store.mayEdit('a-1')).toBe(true)
    store.release()
    expect(store.draftId).toBeNull()
  })

  it('while another tab edits the draft, no answer, step or completion is written here', async () => {
    const assessment = useAssessmentStore()
    const id = await assessment.start('schnellcheck-handwerk')
    const question = assessment.questionnaire!.questions.find((item) => item.type === 'single')!
    if (question.type !== 'single') throw new Error('fixture')
    const before = await getAssessment(id)

    // As after `claim` found the lock taken by another tab.
    const lock = useDraftLockStore()
    lock.draftId = id
    lock.state = 'elsewhere'
    expect(lock.mayEdit(id)).toBe(false)
    expect(lock.mayEdit('another-check')).toBe(true)

    await assessment.setAnswer(question, question.options[0]!.id)
    expect(assessment.saveState).toBe('error')
    expect(isAppError(assessment.saveError, 'draft-locked')).toBe(true)
    expect(assessment.record?.answers[question.id]).toBeUndefined()
    await assessment.setStep(3)
    await expect(assessment.setProfile({ state: 'DE-NI' })).rejects.toMatchObject({ name: 'AppError', kind: 'draft-locked' })
    await expect(assessment.finish()).rejects.toMatchObject({ name: 'AppError', kind: 'draft-locked' })
    expect(await getAssessment(id)).toEqual(before)

    // Taken over: writing works again.
    lock.state = 'editing'
    await assessment.setAnswer(question, question.options[0]!.id)
    expect((await getAssessment(id))?.answers[question.id]).toBe(question.options[0]!.id)
  })
})
