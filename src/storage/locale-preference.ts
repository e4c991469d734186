export type UiLocale = 'de' | 'en'

const STORAGE_KEY = 'reifegrad.locale'

/**
 * The language choice is a tiny UI preference needed before the first paint, so it lives in
 * localStorage rather than IndexedDB (which is asynchronous). Storage may be disabled: then German.
 */
export function loadSavedLocale(): UiLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de'
  } catch {
    return 'de'
  }
}

/** Remember the language and set it on the document so screen readers pronounce it right. */
export function applyLocale(locale: UiLocale): void {
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage disabled: the choice still holds for this visit.
  }
}
