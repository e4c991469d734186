import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { useAssessmentListStore } from '@/stores/assessment-list'
import { getAssessment } from '@/storage/assessments-repository'
import { StorageError } from '@/storage/errors'
import { TYPING_DEBOUNCE_MS } from '@/stores/answer-writer'
import { failNextPut, useFreshDatabase } from '../storage/storage-test-helpers'

const PROFILE = { state: 'DE-BY', sector: 'hw-elektro-metall', employees: '10-49', headcount: 12, apprentices: true } as const

describe('assessment store over real (fake-indexeddb) storage', () => {
  useFreshDatabase()
  beforeEach(() => setActivePinia(createPinia()))

  async function startedStore() {
    const store = useAssessmentStore()
    const id = await store.start('digitalisierungsgrad-check')
    await store.setProfile({ ...PROFILE })
    return { store, id }
  }

  it('start creates a stored draft of the flagship and the profile is stored', async () => {
    const { store, id } = await startedStore()
    const stored = await getAssessment(id)
    expect(stored).toMatchObject({ status: 'draft', questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '1.0.0', profile: PROFILE })
    expect(store.steps).toHaveLength(7)
  })

  it('writes a choice at once and a typed answer after the debounce, or at once on flush', async () => {
    const { store, id } = await startedStore()
    const first = store.steps[0]!.questions.find((question) => question.type === 'single')!
    if (first.type !== 'single') throw new Error('fixture')
    await store.setAnswer(first, first.options[0]!.id)
    expect((await getAssessment(id))?.answers[first.id]).toBe(first.options[0]!.id)

    const typed = store.questionnaire!.questions.find((question) => question.type === 'text')!
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      void store.setAnswer(typed, 'Kasse')
      void store.setAnswer(typed, 'Kassensystem')
      expect(store.saveState).toBe('saving')
      vi.advanceTimersByTime(TYPING_DEBOUNCE_MS - 1)
    } finally {
      vi.useRealTimers()
    }
    // Not written yet: still inside the debounce window. flush() (as on pagehide) writes it now.
    expect((await getAssessment(id))?.answers[typed.id]).toBeUndefined()
    await store.flush()
    expect((await getAssessment(id))?.answers[typed.id]).toBe('Kassensystem')
    expect(store.saveState).toBe('saved')
  })

  it('finish freezes the result with engine version and questionnaire id@version', async () => {
    const { store, id } = await startedStore()
    for (const question of store.steps.flatMap((step) => step.questions)) {
      if (question.type === 'single') await store.setAnswer(question, question.options.at(-1)!.id)
    }
    await store.finish()
    const stored = await getAssessment(id)
    expect(stored?.status).toBe('completed')
    expect(stored?.result?.questionnaire).toBe('digitalisierungsgrad-check@1.0.0')
    expect(stored?.result?.engineVersion).toBe('1.0.0')
    expect(stored?.result?.overall.score).toBeGreaterThan(50)
    // A completed check no longer takes answers.
    const question = store.steps[0]!.questions[0]!
    await store.setAnswer(question, { na: true })
    expect((await getAssessment(id))?.answers[question.id]).toEqual(stored?.answers[question.id])
  })

  it('a failing write shows the error state and keeps the last stored answer', async () => {
    const { store, id } = await startedStore()
    const question = store.steps[0]!.questions.find((item) => item.type === 'single')!
    if (question.type !== 'single') throw new Error('fixture')
    await store.setAnswer(question, question.options[0]!.id)
    failNextPut('assessments', new DOMException('Quota exceeded', 'QuotaExceededError'))
    await store.setAnswer(question, question.options[1]!.id)
    expect(store.saveState).toBe('error')
    expect(store.saveError).toBeInstanceOf(StorageError)
    expect((store.saveError as StorageError).kind).toBe('quota')
    expect((await getAssessment(id))?.answers[question.id]).toBe(question.options[0]!.id)
  })

  it('the list store shows drafts newest first, deletes and undoes', async () => {
    const { id: first } = await startedStore()
    setActivePinia(createPinia())
    const { id: second } = await startedStore()
    const list = useAssessmentListStore()
    await list.load()
    expect(list.items.map((item) => item.id)).toEqual([second, first])
    await list.remove(first)
    expect(await getAssessment(first)).toBeNull()
    expect(list.items.map((item) => item.id)).toEqual([second])
    await list.undoRemove()
    expect((await getAssessment(first))?.profile).toEqual(PROFILE)
    expect(list.items).toHaveLength(2)
  })
})
