import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useAssessmentStore } from '@/stores/assessment'
import { QUESTIONNAIRE_SUMMARIES, QuestionnaireUnavailableError, useQuestionnairesStore } from '@/stores/questionnaires'
import { useFreshDatabase } from '../storage/storage-test-helpers'

// German is the language at start here: the unit tests have no saved language choice.
describe('questionnaires store: one language part per UI language', () => {
  useFreshDatabase()
  beforeEach(() => setActivePinia(createPinia()))

  it('summarises every shipped questionnaire without loading it', () => {
    expect(QUESTIONNAIRE_SUMMARIES.map((summary) => [summary.id, summary.version, summary.questionCount])).toEqual([
      ['digitalisierungsgrad-check', '1.0.0', 82],
      ['schnellcheck-handwerk', '1.0.0', 18],
    ])
    expect(QUESTIONNAIRE_SUMMARIES[0]!.title.en).toBe('Digital Maturity Check')
  })

  it('loads the German texts only, once per visit, frozen', async () => {
    const store = useQuestionnairesStore()
    const flagship = await store.load('digitalisierungsgrad-check')
    expect(flagship.title).toEqual({ de: 'Digitalisierungsgrad-Check' })
    expect(await store.load('digitalisierungsgrad-check')).toBe(flagship)
    expect(Object.isFrozen(flagship.questions[0]!.text)).toBe(true)
  })

  it('adds the English texts to every loaded questionnaire before a switch, and to any loaded after it', async () => {
    const store = useQuestionnairesStore()
    await store.load('digitalisierungsgrad-check')
    await store.addLanguage('en')
    const flagship = store.loaded['digitalisierungsgrad-check']!
    expect(flagship.title).toEqual({ de: 'Digitalisierungsgrad-Check', en: 'Digital Maturity Check' })
    expect(flagship.questions.every((question) => question.text.de && question.text.en)).toBe(true)
    expect((await store.load('schnellcheck-handwerk')).title.en).toBeTruthy()
  })

  it('a switch while a questionnaire is still downloading still gives it both languages', async () => {
    const store = useQuestionnairesStore()
    const loading = store.load('schnellcheck-handwerk')
    await store.addLanguage('en')
    const quick = await loading
    expect(quick.title.de && quick.title.en).toBeTruthy()
    expect(store.loaded['schnellcheck-handwerk']).toBe(quick)
  })

  it('the open check shows the texts added by a switch (the assessment store reads through this store)', async () => {
    const assessment = useAssessmentStore()
    await assessment.start('digitalisierungsgrad-check')
    expect(assessment.steps[0]!.dimension.title.en).toBeUndefined()
    await useQuestionnairesStore().addLanguage('en')
    expect(assessment.steps[0]!.dimension.title.en).toBeTruthy()
  })

  it('adds the texts only the results show on request, and keeps them through a language switch', async () => {
    const store = useQuestionnairesStore()
    const answering = await store.load('digitalisierungsgrad-check')
    expect(answering.dimensions[0]!.advice).toBeUndefined()
    expect(answering.levels[0]!.text).toBeUndefined()
    const withReport = await store.loadReport('digitalisierungsgrad-check')
    expect(withReport.dimensions.every((dimension) => dimension.advice.length === 5 && dimension.advice[0]!.meaning.de)).toBe(true)
    expect(withReport.levels.map((level) => typeof level.text.de)).toEqual(Array(5).fill('string'))
    expect(withReport.questions).toEqual(answering.questions)
    await store.addLanguage('en')
    const both = store.loaded['digitalisierungsgrad-check']!
    expect(both.levels[4]!.text.en && both.dimensions[6]!.advice[4]!.nextStep.en && both.title.en).toBeTruthy()
  })

  it('refuses a questionnaire this installation does not ship', async () => {
    await expect(useQuestionnairesStore().load('unbekannt')).rejects.toBeInstanceOf(QuestionnaireUnavailableError)
    await expect(useQuestionnairesStore().loadReport('unbekannt')).rejects.toBeInstanceOf(QuestionnaireUnavailableError)
  })
})
