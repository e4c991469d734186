import type de from './messages/de'
import { applyLocale, loadSavedLocale } from '@/storage/locale-preference'
import { createTranslator, type MessageTree, type UiLocale } from './translator'

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
  return (await LOADERS[locale]()).default
}

/** German is the first language; English the second. The user's choice is remembered on the device. */
export function createAppI18n(initial: UiLocale = loadSavedLocale(), messages: Partial<Record<UiLocale, UiMessages>> = {}) {
  return createTranslator(initial, messages as Partial<Record<UiLocale, MessageTree>>)
}

/** Remembers the chosen language on the device and sets it on the document (for screen readers). */
export function rememberLocale(locale: UiLocale): void {
  applyLocale(locale)
}

export type { UiLocale }
