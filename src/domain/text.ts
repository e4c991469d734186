/**
 * Texts that content files carry in both UI languages (questionnaires, the measures catalogue).
 * The app's own words are not here: they live in the i18n messages.
 */

/** A text in both UI languages. German is required first, English second. */
export interface LocalizedText {
  de: string
  en: string
}

export type Locale = keyof LocalizedText

/** The UI languages, German first. */
export const LOCALES: readonly Locale[] = ['de', 'en']
