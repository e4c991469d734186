import { createI18n } from 'vue-i18n'
import de from './messages/de'
import en from './messages/en'
import { loadSavedLocale, type UiLocale } from './locale-preference'

/** German is the first language; English the second. The user's choice is remembered on the device. */
export function createAppI18n(initial: UiLocale = loadSavedLocale()) {
  return createI18n({
    legacy: false,
    locale: initial,
    fallbackLocale: 'de',
    messages: { de, en },
  })
}

export type { UiLocale }
