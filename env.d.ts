/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the regional collector for anonymous submissions (https, or http on loopback). */
  readonly VITE_SUBMISSION_URL?: string
}

/** The questionnaires the app ships (scripts/vite/shipped-questionnaires.ts). */
declare module 'virtual:shipped-questionnaires' {
  import type { Locale, Questionnaire, QuestionnaireSummary } from '@/domain/questionnaire/types'
  export const SHIPPED_QUESTIONNAIRES: {
    summary: QuestionnaireSummary
    /** The questionnaire with the texts of one language, without the texts only the results show. */
    load: Record<Locale, () => Promise<{ default: Questionnaire }>>
    /** Those texts (levels' meanings, advice per field), in the questionnaire's shape. */
    loadReport: Record<Locale, () => Promise<{ default: Pick<Questionnaire, 'dimensions' | 'levels'> }>>
  }[]
}
