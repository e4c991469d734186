import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { deepFreeze } from '@/domain/deep-freeze'
import { mergeLanguageParts } from '@/domain/questionnaire/language-parts'
import type { Locale, Questionnaire, QuestionnaireSummary } from '@/domain/questionnaire/types'
import { loadSavedLocale } from '@/i18n/locale-preference'
import { SHIPPED_QUESTIONNAIRES } from 'virtual:shipped-questionnaires'

/**
 * The questionnaires this installation ships, one chunk per file and language, fetched when first
 * needed. Each was validated and checked against questionnaires/published.json when the app was
 * built (scripts/vite/shipped-questionnaires.ts), so it is used as it comes.
 */
const SOURCES = Object.fromEntries(SHIPPED_QUESTIONNAIRES.map((shipped) => [shipped.summary.id, shipped]))

/** Id, version, title, description and minutes of each shipped questionnaire, without loading it. */
export const QUESTIONNAIRE_SUMMARIES: readonly QuestionnaireSummary[] = SHIPPED_QUESTIONNAIRES.map((shipped) => shipped.summary)

export const FLAGSHIP_QUESTIONNAIRE = 'digitalisierungsgrad-check'
export const AVAILABLE_QUESTIONNAIRES = QUESTIONNAIRE_SUMMARIES.map((summary) => summary.id)

/** A shipped questionnaire's summary, or undefined for one this installation does not ship. */
export function questionnaireSummary(id: string): QuestionnaireSummary | undefined {
  return QUESTIONNAIRE_SUMMARIES.find((summary) => summary.id === id)
}

/** A questionnaire this installation does not ship (e.g. named by an old or foreign record). */
export class QuestionnaireUnavailableError extends Error {
  constructor(readonly questionnaireId: string) {
    super(`Questionnaire ${questionnaireId} is unavailable`)
  }
}

/** One downloadable part: a language's texts for answering, or those only the results show. */
interface Piece {
  locale: Locale
  report: boolean
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  /** Every questionnaire loaded in this visit, with the texts of every language in `languages`. */
  const loaded = shallowRef<Record<string, Questionnaire>>({})
  /** The language shown at start, plus each one the user switched to since. */
  const languages = new Set<Locale>([loadSavedLocale()])
  /** Questionnaires whose results were shown: they also carry the report texts (loadReport). */
  const withReport = new Set<string>()

  function missingPieces(id: string, questionnaire: Questionnaire | null): Piece[] {
    return [...languages].flatMap((locale) => [
      ...(questionnaire && hasLanguage(questionnaire, locale) ? [] : [{ locale, report: false }]),
      ...(withReport.has(id) && !(questionnaire && hasReport(questionnaire, locale)) ? [{ locale, report: true }] : []),
    ])
  }

  /** Adds the missing parts to `questionnaire` (or loads it from scratch). */
  async function complete(id: string, questionnaire: Questionnaire | null): Promise<Questionnaire> {
    const shipped = SOURCES[id]!
    let merged = questionnaire
    let missing = missingPieces(id, merged)
    // A language switch while the parts download adds to `languages`: loop until none is missing.
    while (missing.length > 0) {
      const parts = await Promise.all(
        missing.map(async ({ locale, report }) => (await (report ? shipped.loadReport : shipped.load)[locale]()).default as Questionnaire),
      )
      // The answering part comes first in `missing`: a report part alone is no questionnaire.
      for (const part of parts) merged = merged ? mergeLanguageParts(merged, part) : part
      missing = missingPieces(id, merged)
    }
    return merged!
  }

  /** A questionnaire with the texts of the languages in use, loaded once per visit. */
  async function load(id: string): Promise<Questionnaire> {
    const cached = loaded.value[id]
    if (cached) return cached
    if (!SOURCES[id]) throw new QuestionnaireUnavailableError(id)
    const questionnaire = deepFreeze(await complete(id, null))
    // Another call may have finished first; keep one object per questionnaire.
    loaded.value = { [id]: questionnaire, ...loaded.value }
    return loaded.value[id]!
  }

  /**
   * The questionnaire with the texts only the results show (what each level means, the advice per
   * field); from then on also after a language switch.
   */
  async function loadReport(id: string): Promise<Questionnaire> {
    if (!SOURCES[id]) throw new QuestionnaireUnavailableError(id)
    withReport.add(id)
    const current = loaded.value[id] ?? null
    if (current && missingPieces(id, current).length === 0) return current
    const questionnaire = deepFreeze(await complete(id, current))
    loaded.value = { ...loaded.value, [id]: questionnaire }
    return questionnaire
  }

  /**
   * Called before the interface switches to `locale`: every loaded questionnaire gets that
   * language's texts first, so no page ever shows a questionnaire text missing.
   */
  async function addLanguage(locale: Locale): Promise<void> {
    if (languages.has(locale)) return
    languages.add(locale)
    const updated = await Promise.all(
      Object.entries(loaded.value).map(async ([id, questionnaire]) => [id, deepFreeze(await complete(id, questionnaire))] as const),
    )
    loaded.value = { ...loaded.value, ...Object.fromEntries(updated) }
  }

  return { loaded, load, loadReport, addLanguage }
})

function hasLanguage(questionnaire: Questionnaire, locale: Locale): boolean {
  return typeof questionnaire.title[locale] === 'string'
}

function hasReport(questionnaire: Questionnaire, locale: Locale): boolean {
  // Absent until loadReport(): the answering part leaves the report texts out.
  return typeof (questionnaire.levels[0]?.text as Partial<Record<Locale, string>> | undefined)?.[locale] === 'string'
}
