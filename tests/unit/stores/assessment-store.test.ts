import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { questionnaireSummary } from '@/stores/questionnaires'
import { useAssessmentListStore } from '@/stores/assessment-list'
import { getAssessment } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { StorageError } from '@/storage/errors'
import { failNextPut, useFreshDatabase } from '../storage/storage-test-helpers'
import { draftRecord } from '../assessment/fixtures'

const PROFILE = { state: 'DE-BY', district: '09187', sector: 'hw-metall', employees: '10-49', headcount: 12, fte: 10.5, apprentices: true } as const
/** New checks start on the latest shipped version of the flagship. */
const LATEST = questionnaireSummary('digitalisierungsgrad-check')!.version

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
    expect(stored).toMatchObject({ status: 'draft', schemaVersion: 2, questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: LATEST, profile: PROFILE })
    expect(store.steps).toHaveLength(7)
  })

  it('opens a check on its own questionnaire version, even when a newer one is shipped', async () => {
    await restoreAssessment(draftRecord({ id: 'old-draft', questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '1.0.0', answers: {} }))
    const store = useAssessmentStore()
    await store.open('old-draft')
    expect(store.questionnaire).toMatchObject({ id: 'digitalisierungsgrad-check', version: '1.0.0' })
    expect(store.questionnaire!.questions).toHaveLength(82)
  })

  it('writes a choice and every keystroke of typed text at once, merging keystrokes that come while a write is under way', async () => {
    // Version 1.0.0 of the flagship asks for free text (later versions need not).
    await restoreAssessment(draftRecord({ id: 'typed', questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '1.0.0', answers: {} }))
    const store = useAssessmentStore()
    await store.open('typed')
    const id = 'typed'
    const first = store.steps[0]!.questions.find((question) => question.type === 'single')!
    if (first.type !== 'single') throw new Error('fixture')
    await store.setAnswer(first, first.options[0]!.id)
    expect((await getAssessment(id))?.answers[first.id]).toBe(first.options[0]!.id)

    const typed = store.questionnaire!.questions.find((question) => question.type === 'text')!
    // The first keystroke is written without waiting for a pause in typing.
    await store.setAnswer(typed, 'K')
    expect((await getAssessment(id))?.answers[typed.id]).toBe('K')
    // Keystrokes while a write is under way end in one write of the latest text.
    const writes = [store.setAnswer(typed, 'Ka'), store.setAnswer(typed, 'Kas'), store.setAnswer(typed, 'Kassensystem')]
    expect(store.saveState).toBe('saving')
    await Promise.all(writes)
    expect((await getAssessment(id))?.answers[typed.id]).toBe('Kassensystem')
    expect(store.saveState).toBe('saved')
  })

  it('finish freezes the result with engine version and questionnaire id@version', async () => {
    const { store, id } = await startedStore()
    for (const question of store.steps.flatMap((step) => step.questions)) {
      if (question.type !== 'single' || question.scope !== 'firm') continue
      const best = [...question.options].sort((a, b) => (b.points ?? -1) - (a.points ?? -1))[0]!
      await store.setAnswer(question, best.id)
    }
    await store.finish()
    const stored = await getAssessment(id)
    expect(stored?.status).toBe('completed')
    expect(stored?.result?.questionnaire).toBe(`digitalisierungsgrad-check@${LATEST}`)
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
