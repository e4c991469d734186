import { nextPendingAttemptAt } from '@/storage/outbox-schedule'
import { sendDueSubmissions, type SendRound } from './submission-sender'

type RoundListener = (round: SendRound) => void
const listeners = new Set<RoundListener>()
let timer: ReturnType<typeof setTimeout> | null = null
let endpoint: URL | null = null

/** Calls `listener` after every send round (to refresh the status shown per check). */
export function onSendRound(listener: RoundListener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Sends waiting submissions now, then again when the next one is due. Errors of the storage are
 * swallowed here: the entries stay pending and the next trigger tries again.
 */
export async function sendNow(): Promise<void> {
  if (!endpoint) return
  if (timer) clearTimeout(timer)
  timer = null
  try {
    const round = await sendDueSubmissions({ endpoint, fetch: (...args) => fetch(...args), now: () => new Date() })
    for (const listener of listeners) listener(round)
    const next = await nextPendingAttemptAt()
    if (next) timer = setTimeout(() => void sendNow(), Math.max(1000, Date.parse(next) - Date.now()))
  } catch {
    // Storage unavailable: the app shows that elsewhere; nothing to send until it is back.
  }
}

/**
 * Starts sending for this tab: at once, when the browser comes back online and when the page
 * becomes visible again. No Background Sync: it is not available everywhere and would send
 * without the page open, which users did not agree to.
 */
export function startAutoSend(collector: URL): void {
  if (endpoint) return
  endpoint = collector
  window.addEventListener('online', () => void sendNow())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void sendNow()
  })
  void sendNow()
}
