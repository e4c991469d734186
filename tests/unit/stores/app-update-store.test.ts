import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { getAssessment } from '@/storage/assessments-repository'
import { closeChangeChannel } from '@/storage/change-broadcast'
import { useAppUpdateStore } from '@/stores/app-update'
import { useAssessmentStore } from '@/stores/assessment'
import { failNextPut, quotaExceeded, useFreshDatabase } from '../storage/storage-test-helpers'

describe('applying an app update', () => {
  useFreshDatabase()
  beforeEach(() => {
    setActivePinia(createPinia())
    return () => closeChangeChannel()
  })

  async function typingInProgress() {
    const assessment = useAssessmentStore()
    const id = await assessment.start('schnellcheck-handwerk')
    const textQuestion = assessment.questionnaire!.questions.find((question) => question.type === 'text')!
    // Typed input waits for the debounce: nothing is written yet when the update is chosen.
    void assessment.setAnswer(textQuestion, 'Online-Terminbuchung')
    expect((await getAssessment(id))?.answers[textQuestion.id]).toBeUndefined()
    return { id, questionId: textQuestion.id }
  }

  it('writes the pending answer first and only then switches to the new version', async () => {
    const { id, questionId } = await typingInProgress()
    const update = useAppUpdateStore()
    let storedWhenApplied: unknown = 'not applied'
    update.offer(() => {
      storedWhenApplied = 'applying'
      void getAssessment(id).then((record) => (storedWhenApplied = record?.answers[questionId]))
    })
    expect(update.available).toBe(true)
    await update.updateNow()
    await expect.poll(() => storedWhenApplied).toBe('Online-Terminbuchung')
    expect(update.updating).toBe(true)
  })

  it('does not switch when the pending answer cannot be saved, and says so', async () => {
    const { id, questionId } = await typingInProgress()
    const update = useAppUpdateStore()
    let applied = false
    update.offer(() => (applied = true))
    failNextPut('assessments', quotaExceeded())
    await update.updateNow()
    expect(applied).toBe(false)
    expect(update.blocked).toBe(true)
    expect(update.updating).toBe(false)
    expect((await getAssessment(id))?.answers[questionId]).toBeUndefined()
  })

  it('"Später" hides the offer and nothing is applied', async () => {
    const update = useAppUpdateStore()
    let applied = false
    update.offer(() => (applied = true))
    update.postpone()
    expect(update.available).toBe(false)
    expect(applied).toBe(false)
  })
})
