import { computed, inject, ref, shallowReactive, type App, type InjectionKey, type WritableComputedRef } from 'vue'

/**
 * The app's one mechanism for words: every text of the UI lives in the message files
 * (messages/*.ts), is looked up by key here and filled with named placeholders (`{name}`). It does
 * what the app needs of an i18n library and nothing more (no plural rules, no message syntax, no
 * number or date formats: `Intl` does those in composables/useDates.ts), so it costs about a kilobyte
 * instead of the ten a general library adds to every page, which the questionnaire's byte budget
 * could not afford. Reactive: a language switch or texts added by a page re-render what shows them.
 */

export type UiLocale = 'de' | 'en'
export const UI_LOCALES: readonly UiLocale[] = ['de', 'en']

/** A text, or a function that fills one (kept for texts made by code). */
type MessageFunction = (context: { named(key: string): unknown }) => string
export type MessageTree = { [key: string]: string | MessageFunction | MessageTree }
export type MessageParams = Record<string, unknown>

export interface Translator {
  /** The text of `key` in the shown language (German when missing there), filled with `params`; the key itself when there is none. */
  t(key: string, params?: MessageParams, options?: { locale?: UiLocale }): string
  /** True when `key` has a text in `locale` (default: the shown language). */
  te(key: string, locale?: UiLocale): boolean
  /** The shown language; setting it re-renders every text. */
  locale: WritableComputedRef<UiLocale>
  /** The languages whose texts are loaded. */
  readonly availableLocales: UiLocale[]
  /** Sets all texts of a language. */
  setLocaleMessage(locale: UiLocale, messages: MessageTree): void
  /** Adds texts to a language (a page's own texts). */
  mergeLocaleMessage(locale: UiLocale, messages: MessageTree): void
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g
const KEY: InjectionKey<Translator> = Symbol('reifegrad-i18n')
const FALLBACK: UiLocale = 'de'

function lookup(tree: MessageTree | undefined, key: string): string | MessageFunction | undefined {
  let node: MessageTree | string | MessageFunction | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node !== 'object') return undefined
    node = Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined
  }
  return typeof node === 'object' ? undefined : node
}

/** `template` with each `{name}` replaced; a placeholder without a value stays visible. */
export function fill(template: string, params: MessageParams = {}): string {
  if (!template.includes('{')) return template
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name]
    return value === undefined || value === null ? placeholder : String(value)
  })
}

function merge(base: MessageTree, added: MessageTree): MessageTree {
  const out: MessageTree = { ...base }
  for (const [key, value] of Object.entries(added)) {
    const existing = out[key]
    out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value
  }
  return out
}

/** A translator with the shown language and the texts loaded so far. */
export function createTranslator(initial: UiLocale, messages: Partial<Record<UiLocale, MessageTree>> = {}): Translator & { install(app: App): void } {
  const current = ref<UiLocale>(initial)
  const trees = shallowReactive<Partial<Record<UiLocale, MessageTree>>>({ ...messages })

  const t: Translator['t'] = (key, params, options) => {
    const locale = options?.locale ?? current.value
    const message = lookup(trees[locale], key) ?? lookup(trees[FALLBACK], key)
    if (message === undefined) return key
    if (typeof message === 'function') return message({ named: (name) => params?.[name] })
    return fill(message, params)
  }

  const translator: Translator & { install(app: App): void } = {
    t,
    te: (key, locale) => lookup(trees[locale ?? current.value], key) !== undefined,
    locale: computed({ get: () => current.value, set: (next) => (current.value = next) }),
    get availableLocales() {
      return UI_LOCALES.filter((locale) => trees[locale] !== undefined)
    },
    setLocaleMessage: (locale, tree) => {
      trees[locale] = tree
    },
    mergeLocaleMessage: (locale, tree) => {
      trees[locale] = merge(trees[locale] ?? {}, tree)
    },
    install(app) {
      app.config.globalProperties.$t = t
      app.provide(KEY, translator)
      installed = translator
    },
  }
  return translator
}

let installed: Translator | null = null

/** The translator installed in the app, outside components (the router loads page texts with it); null before. */
export function appTranslator(): Translator | null {
  return installed
}

/** The app's translator, in a component's setup or a composable. */
export function useI18n(): Translator {
  const translator = inject(KEY)
  if (!translator) throw new Error('useI18n() needs the app translator (createAppI18n in main.ts)')
  return translator
}

declare module 'vue' {
  interface ComponentCustomProperties {
    /** The text of `key` in the shown language (see src/i18n/translator.ts). */
    $t: Translator['t']
  }
}
