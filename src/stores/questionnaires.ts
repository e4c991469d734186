import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { loadShippedQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import published from '../../questionnaires/published.json'
import type { ValidationIssue } from '@/domain/validation-issue'

/** The questionnaires this installation ships. Each file is its own chunk, fetched when first needed. */
const SOURCES: Record<string, () => Promise<{ default: unknown }>> = {
  'digitalisierungsgrad-check': () => import('../../questionnaires/digitalisierungsgrad-check.json'),
  'schnellcheck-handwerk': () => import('../../questionnaires/schnellcheck-handwerk.json'),
}

export const FLAGSHIP_QUESTIONNAIRE = 'digitalisierungsgrad-check'
export const AVAILABLE_QUESTIONNAIRES = Object.keys(SOURCES)

/** A shipped questionnaire that is missing or fails validation: shown to the user, never used. */
export class QuestionnaireUnavailableError extends Error {
  constructor(
    readonly questionnaireId: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(`Questionnaire ${questionnaireId} is unavailable`)
  }
}

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const loaded = shallowRef<Record<string, Questionnaire>>({})

  /** Loads and validates a questionnaire once per visit. */
  async function load(id: string): Promise<Questionnaire> {
    const cached = loaded.value[id]
    if (cached) return cached
    const source = SOURCES[id]
    if (!source) throw new QuestionnaireUnavailableError(id)
    const outcome = loadShippedQuestionnaire((await source()).default, published)
    if (!outcome.ok) throw new QuestionnaireUnavailableError(id, outcome.errors)
    loaded.value = { ...loaded.value, [id]: outcome.questionnaire }
    return outcome.questionnaire
  }

  return { loaded, load }
})
