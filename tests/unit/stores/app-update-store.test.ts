import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { getAssessment } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
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

  async function typingInProgress(beforeTyping: () => void = () => undefined) {
    // A draft of version 1.0.0 of the Schnellcheck, which asks for free text (later versions need not).
    const id = 'typing'
    await restoreAssessment(createAssessment({ id, now: new Date().toISOString(), questionnaireId: 'schnellcheck-handwerk', questionnaireVersion: '1.0.0' }))
    const assessment = useAssessmentStore()
    await assessment.open(id)
    const textQuestion = assessment.questionnaire!.questions.find((question) => question.type === 'text')!
    beforeTyping()
    // The write of the typed answer is still under way when the update is chosen.
    void assessment.setAnswer(textQuestion, 'Online-Terminbuchung')
    expect(assessment.saveState).toBe('saving')
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
    const { id, questionId } = await typingInProgress(() => failNextPut('assessments', quotaExceeded()))
    const update = useAppUpdateStore()
    let applied = false
    update.offer(() => (applied = true))
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
