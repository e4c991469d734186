import { createPinia, setActivePinia } from 'pinia'
import { readdirSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { isAppError } from '@/domain/app-error'
import { minutesRange } from '@/domain/questionnaire/duration'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { useAssessmentStore } from '@/stores/assessment'
import { QUESTIONNAIRE_SUMMARIES, questionnaireSummary, shipsQuestionnaire, useQuestionnairesStore } from '@/stores/questionnaires'
import { useFreshDatabase } from '../storage/storage-test-helpers'

const FLAGSHIP = 'digitalisierungsgrad-check'
const QUICK = 'schnellcheck-handwerk'

// German is the language at start here: the unit tests have no saved language choice.
describe('questionnaires store: one language part per UI language', () => {
  useFreshDatabase()
  beforeEach(() => setActivePinia(createPinia()))

  /** The newest version file of a questionnaire folder (semver order) and that file loaded. */
  function latestOnDisk(id: string) {
    const versions = readdirSync(`questionnaires/${id}`)
      .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
      .map((name) => name.slice(0, -'.json'.length))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    const version = versions.at(-1)!
    const loaded = loadQuestionnaire(JSON.parse(readFileSync(`questionnaires/${id}/${version}.json`, 'utf8')))
    if (!loaded.ok) throw new Error(`${id}@${version} must load`)
    return loaded.questionnaire
  }

  it('summarises the latest version of every shipped questionnaire without loading it, with the computed minutes', () => {
    expect(QUESTIONNAIRE_SUMMARIES.map((summary) => summary.id)).toEqual([FLAGSHIP, QUICK])
    for (const summary of QUESTIONNAIRE_SUMMARIES) {
      const file = latestOnDisk(summary.id)
      // The duration is computed from the questions typical profiles see, no longer given by the author.
      expect(summary).toEqual({
        id: file.id,
        version: file.version,
        title: file.title,
        description: file.description,
        questionCount: file.questions.length,
        minutes: minutesRange(file),
      })
      expect(Number.isInteger(summary.minutes.low) && Number.isInteger(summary.minutes.high)).toBe(true)
      expect(summary.minutes.low).toBeGreaterThan(0)
      expect(summary.minutes.low).toBeLessThanOrEqual(summary.minutes.high)
    }
  })

  it('finds a summary by id (the latest) or by id and version, and knows which versions it ships', () => {
    expect(questionnaireSummary(FLAGSHIP)).toBe(QUESTIONNAIRE_SUMMARIES[0])
    expect(questionnaireSummary(FLAGSHIP, '1.0.0')).toMatchObject({ version: '1.0.0', questionCount: 82, title: { en: 'Digital Maturity Check' } })
    expect(questionnaireSummary(QUICK, '1.0.0')).toMatchObject({ version: '1.0.0', questionCount: 18 })
    expect(questionnaireSummary(FLAGSHIP, '9.9.9')).toBeUndefined()
    expect(questionnaireSummary('unbekannt')).toBeUndefined()
    expect(shipsQuestionnaire(`${QUICK}@1.0.0`)).toBe(true)
    expect(shipsQuestionnaire(`${QUICK}@9.9.9`)).toBe(false)
    expect(shipsQuestionnaire('constructor')).toBe(false)
  })

  it('loads the German texts only, once per visit, frozen', async () => {
    const store = useQuestionnairesStore()
    const flagship = await store.load(FLAGSHIP, '1.0.0')
    expect(flagship.title).toEqual({ de: 'Digitalisierungsgrad-Check' })
    expect(await store.load(FLAGSHIP, '1.0.0')).toBe(flagship)
    expect(store.loaded[`${FLAGSHIP}@1.0.0`]).toBe(flagship)
    expect(Object.isFrozen(flagship.questions[0]!.text)).toBe(true)
  })

  it('adds the English texts to every loaded questionnaire before a switch, and to any loaded after it', async () => {
    const store = useQuestionnairesStore()
    await store.load(FLAGSHIP, '1.0.0')
    await store.addLanguage('en')
    const flagship = store.loaded[`${FLAGSHIP}@1.0.0`]!
    expect(flagship.title).toEqual({ de: 'Digitalisierungsgrad-Check', en: 'Digital Maturity Check' })
    expect(flagship.questions.every((question) => question.text.de && question.text.en)).toBe(true)
    expect((await store.load(QUICK, '1.0.0')).title.en).toBeTruthy()
  })

  it('a switch while a questionnaire is still downloading still gives it both languages', async () => {
    const store = useQuestionnairesStore()
    const loading = store.load(QUICK, '1.0.0')
    await store.addLanguage('en')
    const quick = await loading
    expect(quick.title.de && quick.title.en).toBeTruthy()
    expect(store.loaded[`${QUICK}@1.0.0`]).toBe(quick)
  })

  it('the open check shows the texts added by a switch (the assessment store reads through this store)', async () => {
    const assessment = useAssessmentStore()
    await assessment.start(FLAGSHIP)
    expect(assessment.steps[0]!.dimension.title.en).toBeUndefined()
    await useQuestionnairesStore().addLanguage('en')
    expect(assessment.steps[0]!.dimension.title.en).toBeTruthy()
  })

  it('adds the texts only the results show on request, and keeps them through a language switch', async () => {
    const store = useQuestionnairesStore()
    const answering = await store.load(FLAGSHIP, '1.0.0')
    expect(answering.dimensions[0]!.advice).toBeUndefined()
    expect(answering.levels[0]!.text).toBeUndefined()
    expect(answering.steps).toBeUndefined()
    const withReport = await store.loadReport(FLAGSHIP, '1.0.0')
    expect(withReport.dimensions.every((dimension) => dimension.advice.length === 5 && dimension.advice[0]!.meaning.de)).toBe(true)
    expect(withReport.levels.map((level) => typeof level.text.de)).toEqual(Array(5).fill('string'))
    // The next steps travel with the report texts; a format 1 file has none.
    expect(withReport.steps).toEqual([])
    expect(withReport.questions).toEqual(answering.questions)
    await store.addLanguage('en')
    const both = store.loaded[`${FLAGSHIP}@1.0.0`]!
    expect(both.levels[4]!.text.en && both.dimensions[6]!.advice[4]!.nextStep.en && both.title.en).toBeTruthy()
  })

  it('refuses a questionnaire or a version this installation does not ship', async () => {
    for (const attempt of [
      () => useQuestionnairesStore().load('unbekannt', '1.0.0'),
      () => useQuestionnairesStore().loadReport('unbekannt', '1.0.0'),
      () => useQuestionnairesStore().load(FLAGSHIP, '9.9.9'),
    ]) {
      const error = await attempt().then(() => null, (failure: unknown) => failure)
      expect(isAppError(error, 'questionnaire-unavailable')).toBe(true)
    }
    const error = await useQuestionnairesStore().load(FLAGSHIP, '9.9.9').catch((failure: unknown) => failure)
    expect(error).toMatchObject({ kind: 'questionnaire-unavailable', params: { questionnaire: `${FLAGSHIP}@9.9.9` } })
  })
})
