import { watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { UiLocale } from './locale-preference'
import { toMessageFunctions } from './message-functions'
import de from './messages/consultant-de'
import en from './messages/consultant-en'

const MESSAGES: Record<UiLocale, typeof de> = { de: toMessageFunctions(de), en: toMessageFunctions(en) }

/**
 * Adds the texts of the consultant pages to the app's texts. They are not in messages/de.ts because
 * every page loads that file, the questionnaire a business answers included; this module is part
 * of the consultant pages' own chunks. Called in the setup of each consultant page, so its texts
 * are there before the page first renders. A language's texts are added only once that language
 * itself is loaded (the language switch loads it on first use), and again after a switch.
 */
export function useConsultantMessages(): void {
  const i18n = useI18n({ useScope: 'global' })
  const add = (locale: string) => {
    if (locale !== 'de' && locale !== 'en') return
    if (i18n.availableLocales.includes(locale) && !i18n.te('companies.title', locale)) {
      i18n.mergeLocaleMessage(locale, MESSAGES[locale])
    }
  }
  add(i18n.locale.value)
  // Synchronously, so the first render in the new language already has the texts.
  watch(i18n.locale, add, { flush: 'sync' })
}
