/** Longest wait between two attempts of one submission. */
export const MAX_BACKOFF_MS = 5 * 60 * 1000
const FIRST_BACKOFF_MS = 5_000

/**
 * Wait before the next attempt after `attempts` failed ones: 5 s, 10 s, 20 s, … capped at 5 minutes.
 * A server's Retry-After (seconds) is honoured when it asks for longer, within the same cap.
 */
export function nextAttemptDelay(attempts: number, retryAfterSeconds?: number): number {
  const exponential = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1))
  const asked = retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) ? retryAfterSeconds * 1000 : 0
  return Math.min(MAX_BACKOFF_MS, Math.max(exponential, asked))
}

export type SendOutcome =
  | { kind: 'accepted' }
  | { kind: 'retry'; error: string; retryAfterSeconds?: number }
  | { kind: 'rejected'; error: string }

/**
 * How an HTTP answer to a submission is treated: 2xx accepted (a repeat of the same key is accepted
 * too), 429 and 5xx are retried, any other 4xx is a permanent failure the user is shown.
 */
export function classifyResponse(status: number, errorMessage: string, retryAfter: string | null): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'accepted' }
  const error = `HTTP ${status}${errorMessage ? `: ${errorMessage}` : ''}`
  if (status === 429 || status >= 500) {
    const seconds = retryAfter === null ? undefined : Number(retryAfter)
    return seconds === undefined || Number.isNaN(seconds) ? { kind: 'retry', error } : { kind: 'retry', error, retryAfterSeconds: seconds }
  }
  return { kind: 'rejected', error }
}
