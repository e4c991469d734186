import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { deepFreeze } from '@/domain/deep-freeze'
import { mergeLanguageParts } from '@/domain/questionnaire/language-parts'
import type { Questionnaire, QuestionnaireSummary } from '@/domain/questionnaire/types'
import type { Locale } from '@/domain/text'
import { AppError } from '@/domain/app-error'
import { loadSavedLocale } from '@/storage/locale-preference'
import { SHIPPED_QUESTIONNAIRES } from 'virtual:shipped-questionnaires'

/**
 * The questionnaires this installation ships: every published version of each, one chunk per
 * version and language, fetched when first needed. A check always opens on its own version
 * (`id@version`); new checks start on the latest. Each was validated and checked against
 * questionnaires/published.json when the app was built (scripts/vite/shipped-questionnaires.ts),
 * so it is used as it comes.
 */

type Shipped = (typeof SHIPPED_QUESTIONNAIRES)[number]['versions'][number]

/** `id@version` of a questionnaire version. */
export const questionnaireKey = (id: string, version: string) => `${id}@${version}`

const SOURCES: Readonly<Record<string, Shipped>> = Object.fromEntries(
  SHIPPED_QUESTIONNAIRES.flatMap((entry) => entry.versions.map((shipped) => [questionnaireKey(shipped.summary.id, shipped.summary.version), shipped])),
)

/** The latest version of each shipped questionnaire, in the order the app offers them: what new checks use. */
export const QUESTIONNAIRE_SUMMARIES: readonly QuestionnaireSummary[] = SHIPPED_QUESTIONNAIRES.map(
  (entry) => entry.versions[entry.versions.length - 1]!.summary,
)

/** Every shipped version, newest first within each questionnaire (e.g. to pick which figures to show). */
export const ALL_VERSION_SUMMARIES: readonly QuestionnaireSummary[] = SHIPPED_QUESTIONNAIRES.flatMap((entry) =>
  entry.versions.map((shipped) => shipped.summary).reverse(),
)

export const FLAGSHIP_QUESTIONNAIRE = 'digitalisierungsgrad-check'

/** The summary of a shipped questionnaire version (the latest without `version`), or undefined. */
export function questionnaireSummary(id: string, version?: string): QuestionnaireSummary | undefined {
  if (version === undefined) return QUESTIONNAIRE_SUMMARIES.find((summary) => summary.id === id)
  return SOURCES[questionnaireKey(id, version)]?.summary
}

/** True when this installation ships questionnaire `id@version` (e.g. to refuse an import it could not open). */
export function shipsQuestionnaire(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCES, key)
}

/** A questionnaire version this installation does not ship (e.g. named by a foreign record). */
export function questionnaireUnavailable(key: string): AppError {
  return new AppError('questionnaire-unavailable', { questionnaire: key })
}

/** One downloadable part: a language's texts for answering, or those only the results show. */
interface Piece {
  locale: Locale
  report: boolean
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  /** Every questionnaire version loaded in this visit by `id@version`, with the texts of every language in `languages`. */
  const loaded = shallowRef<Record<string, Questionnaire>>({})
  /** The language shown at start, plus each one the user switched to since. */
  const languages = new Set<Locale>([loadSavedLocale()])
  /** Versions whose results were shown: they also carry the report texts (loadReport). */
  const withReport = new Set<string>()

  function missingPieces(key: string, questionnaire: Questionnaire | null): Piece[] {
    return [...languages].flatMap((locale) => [
      ...(questionnaire && hasLanguage(questionnaire, locale) ? [] : [{ locale, report: false }]),
      ...(withReport.has(key) && !(questionnaire && hasReport(questionnaire, locale)) ? [{ locale, report: true }] : []),
    ])
  }

  /** Adds the missing parts to `questionnaire` (or loads it from scratch). */
  async function complete(key: string, questionnaire: Questionnaire | null): Promise<Questionnaire> {
    const shipped = SOURCES[key]!
    let merged = questionnaire
    let missing = missingPieces(key, merged)
    // A language switch while the parts download adds to `languages`: loop until none is missing.
    while (missing.length > 0) {
      const parts = await Promise.all(
        missing.map(async ({ locale, report }) => (await (report ? shipped.loadReport : shipped.load)[locale]()).default as Questionnaire),
      )
      // The answering part comes first in `missing`: a report part alone is no questionnaire.
      for (const part of parts) merged = merged ? mergeLanguageParts(merged, part) : part
      missing = missingPieces(key, merged)
    }
    return merged!
  }

  /** A questionnaire version with the texts of the languages in use, loaded once per visit. */
  async function load(id: string, version: string): Promise<Questionnaire> {
    const key = questionnaireKey(id, version)
    const cached = loaded.value[key]
    if (cached) return cached
    if (!SOURCES[key]) throw questionnaireUnavailable(key)
    const questionnaire = deepFreeze(await complete(key, null))
    // Another call may have finished first; keep one object per version.
    loaded.value = { [key]: questionnaire, ...loaded.value }
    return loaded.value[key]!
  }

  /**
   * The questionnaire version with the texts only the results show (what each level means, the
   * advice per field, the next steps); from then on also after a language switch.
   */
  async function loadReport(id: string, version: string): Promise<Questionnaire> {
    const key = questionnaireKey(id, version)
    if (!SOURCES[key]) throw questionnaireUnavailable(key)
    withReport.add(key)
    const current = loaded.value[key] ?? null
    if (current && missingPieces(key, current).length === 0) return current
    const questionnaire = deepFreeze(await complete(key, current))
    loaded.value = { ...loaded.value, [key]: questionnaire }
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
      Object.entries(loaded.value).map(async ([key, questionnaire]) => [key, deepFreeze(await complete(key, questionnaire))] as const),
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
