/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the regional collector for anonymous submissions (https, or http on loopback). */
  readonly VITE_SUBMISSION_URL?: string
}

/** The questionnaires the app ships (scripts/vite/shipped-questionnaires.ts). */
declare module 'virtual:shipped-questionnaires' {
  import type { Questionnaire, QuestionnaireSummary } from '@/domain/questionnaire/types'
  import type { Locale } from '@/domain/text'
  export const SHIPPED_QUESTIONNAIRES: {
    id: string
    /** Every shipped version, oldest first. */
    versions: {
      summary: QuestionnaireSummary
      /** The questionnaire with the texts of one language, without the texts only the results show. */
      load: Record<Locale, () => Promise<{ default: Questionnaire }>>
      /** Those texts (levels' meanings, advice per field, next steps), in the questionnaire's shape. */
      loadReport: Record<Locale, () => Promise<{ default: Pick<Questionnaire, 'dimensions' | 'levels' | 'steps'> }>>
    }[]
  }[]
}

/** The official list of Kreise, one chunk per state (scripts/vite/districts.ts). */
declare module 'virtual:districts' {
  /** The date of the list's territorial status. */
  export const DISTRICTS_AS_OF: string
  export const DISTRICTS_SOURCE: { title: string; publisher: string; url: string }
  /** Per state: its Kreise as `[code, name]`, in the order of their codes. */
  export const DISTRICT_LOADERS: Record<string, () => Promise<{ default: [string, string][] }>>
}
