import { createI18n } from 'vue-i18n'
import type de from './messages/de'
import { loadSavedLocale, type UiLocale } from '@/storage/locale-preference'
import { toMessageFunctions } from './message-functions'

export type UiMessages = typeof de

/**
 * Each language's texts are their own chunk: a visit loads only the language it shows, and the
 * other one when the user switches.
 */
const LOADERS: Record<UiLocale, () => Promise<{ default: UiMessages }>> = {
  de: () => import('./messages/de'),
  en: () => import('./messages/en'),
}

/** The texts of one language. */
export async function loadMessages(locale: UiLocale): Promise<UiMessages> {
  return toMessageFunctions((await LOADERS[locale]()).default)
}

/** German is the first language; English the second. The user's choice is remembered on the device. */
export function createAppI18n(initial: UiLocale = loadSavedLocale(), messages: Partial<Record<UiLocale, UiMessages>> = {}) {
  return createI18n({
    legacy: false,
    locale: initial,
    fallbackLocale: 'de',
    // Converting again is a no-op for texts from loadMessages; tests may pass plain texts.
    messages: Object.fromEntries(Object.entries(messages).map(([locale, texts]) => [locale, toMessageFunctions(texts)])),
  })
}

export type { UiLocale }
