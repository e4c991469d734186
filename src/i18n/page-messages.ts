import { watch } from 'vue'
import { useI18n, type MessageTree, type Translator, type UiLocale } from './translator'

/**
 * The texts of one page or group of pages, one chunk per language (src/i18n/groups/): they are not
 * in messages/de.ts because every page loads that file, the questionnaire a business answers
 * included, and a visit loads only the language it shows, like the global texts and the
 * questionnaires. The router loads a page's groups in the shown language before the page opens (a
 * view names them in `pageMessages`); a language switch loads every group used so far first.
 */
export type MessageGroup = Readonly<Record<UiLocale, () => Promise<{ default: MessageTree }>>>

const loading = new WeakMap<MessageGroup, Partial<Record<UiLocale, Promise<void>>>>()
const used = new Set<MessageGroup>()

/** Loads a group's texts of `locale` into the translator (once). */
export function loadMessageGroup(translator: Pick<Translator, 'mergeLocaleMessage'>, group: MessageGroup, locale: UiLocale): Promise<void> {
  used.add(group)
  const byLocale = loading.get(group) ?? {}
  loading.set(group, byLocale)
  let pending = byLocale[locale]
  if (!pending) {
    pending = group[locale]().then((module) => translator.mergeLocaleMessage(locale, module.default))
    byLocale[locale] = pending
    // A failed load (offline before the first visit) is tried again next time.
    pending.catch(() => delete byLocale[locale])
  }
  return pending
}

/** Loads every group used in this visit in `locale`: before a language switch shows them. */
export async function loadUsedMessageGroups(translator: Pick<Translator, 'mergeLocaleMessage'>, locale: UiLocale): Promise<void> {
  await Promise.all([...used].map((group) => loadMessageGroup(translator, group, locale)))
}

/** In a page's setup: its groups in the shown language (normally loaded already by the router). */
export function usePageMessages(...groups: MessageGroup[]): void {
  const i18n = useI18n()
  const load = (locale: UiLocale) => groups.forEach((group) => void loadMessageGroup(i18n, group, locale).catch(() => undefined))
  load(i18n.locale.value)
  watch(i18n.locale, load)
}
