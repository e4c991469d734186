import { watch } from 'vue'
import { useI18n, type MessageTree, type UiLocale } from './translator'

export type PageMessages = Record<UiLocale, MessageTree>

/**
 * Adds the texts of one page (or group of pages) to the app's texts. They are not in
 * messages/de.ts because every page loads that file, the questionnaire a business answers
 * included; the page's own chunk carries them. Called in the page's setup, so its texts are there
 * before it first renders. A language's texts are added only once that language itself is loaded
 * (the language switch loads it on first use), and again after a switch.
 */
export function usePageMessages(messages: PageMessages): void {
  const i18n = useI18n()
  // One key of the group tells whether it was added already.
  const probe = firstKey(messages.de)
  const add = (locale: UiLocale) => {
    if (i18n.availableLocales.includes(locale) && !i18n.te(probe, locale)) i18n.mergeLocaleMessage(locale, messages[locale])
  }
  add(i18n.locale.value)
  // Synchronously, so the first render in the new language already has the texts.
  watch(i18n.locale, add, { flush: 'sync' })
}

function firstKey(tree: MessageTree, prefix = ''): string {
  const [key, value] = Object.entries(tree)[0]!
  return typeof value === 'object' ? firstKey(value, `${prefix}${key}.`) : `${prefix}${key}`
}
