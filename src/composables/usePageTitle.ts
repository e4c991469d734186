import { computed, onBeforeUnmount, shallowRef, watch, watchEffect } from 'vue'

/**
 * The document title, set per page: "<what this page is> – Reifegrad" in the shown language, and
 * "Fehler: …" in front while a page shows an error summary. Screen readers announce the title on
 * every page change, and a tab strip full of "Reifegrad" helps nobody.
 */

let owners = 0
const current = shallowRef<{ owner: number; title: string | null } | null>(null)
const errorSummaries = shallowRef(new Set<number>())

/** Sets the page's title while the calling component lives (null: the route's own title). */
export function usePageTitle(title: () => string | null): void {
  const owner = ++owners
  watchEffect(() => (current.value = { owner, title: title() }))
  // Only its own title is cleared: the next page may already have set its title.
  onBeforeUnmount(() => {
    if (current.value?.owner === owner) current.value = null
  })
}

/** Marks the title as "Fehler: …" while `shown()` is true and the calling component lives. */
export function useErrorSummaryTitle(shown: () => boolean): void {
  const owner = ++owners
  const set = (on: boolean) => {
    const next = new Set(errorSummaries.value)
    if (on) next.add(owner)
    else next.delete(owner)
    errorSummaries.value = next
  }
  // A watch, not watchEffect: `set` reads the set it replaces, which must not make it re-run.
  watch(shown, set, { immediate: true })
  onBeforeUnmount(() => set(false))
}

/** What the title shows now: the page's title (if it set one) and whether an error summary is shown. */
export const pageTitleState = computed(() => ({ title: current.value?.title ?? null, hasErrors: errorSummaries.value.size > 0 }))
