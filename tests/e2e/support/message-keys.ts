import type { Page } from 'playwright-core'

type Tree = { [key: string]: string | Tree }

// Every UI text file, the page groups included, so a group added later is covered too.
const files = import.meta.glob<{ default: Tree }>('../../../src/i18n/messages/*.ts', { eager: true })

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`)))
}

/** Every text key of the app, e.g. "results.title". */
export const MESSAGE_KEYS = [...new Set(Object.values(files).flatMap((file) => leafKeys(file.default)))]

/**
 * Text keys shown on the page instead of their text. vue-i18n shows the key when a text is missing,
 * e.g. when a page forgot to load its group of texts (src/i18n/page-messages.ts).
 */
export async function shownMessageKeys(page: Page): Promise<string[]> {
  return page.evaluate((keys) => {
    const text = document.body.innerText
    return keys.filter((key) => new RegExp(`(^|[^\\w.])${key.replace(/[.-]/g, '\\$&')}($|[^\\w.])`).test(text))
  }, MESSAGE_KEYS)
}
