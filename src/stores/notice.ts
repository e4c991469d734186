import { shallowRef } from 'vue'

/**
 * A message that reports an action's result on the page the action leads to ("Betrieb gespeichert."
 * after saving a business, which opens the business's page). The layout shows it at the top of the
 * next page and moves focus to it instead of to the page's heading, so it is read out.
 */
export interface Notice {
  key: string
  params?: Record<string, string | number>
}

const pending = shallowRef<Notice | null>(null)
const shown = shallowRef<Notice | null>(null)

/** Shows `notice` on the page the next navigation opens. */
export function noticeAfterNavigation(notice: Notice): void {
  pending.value = notice
}

/** Called by the layout after each page change: the notice to show now (moved from pending), if any. */
export function takeNotice(): Notice | null {
  shown.value = pending.value
  pending.value = null
  return shown.value
}

export const shownNotice = shown
