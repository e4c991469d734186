import { classifyResponse, nextAttemptDelay, type SendOutcome } from '@/domain/submission/backoff'
import { collectorUrl } from '@/domain/submission/endpoint'
import { listDue, update } from '@/storage/outbox-repository'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'

/** Abort an attempt that gets no answer within this time; it is retried like any network error. */
const REQUEST_TIMEOUT_MS = 15_000

export interface SenderDeps {
  endpoint: URL
  fetch: typeof fetch
  now: () => Date
}

export interface SendRound {
  sent: number
  retried: number
  failed: number
}

let running: Promise<SendRound> | null = null

/**
 * Sends every due submission, one at a time, and records each outcome in the outbox. Only one
 * round runs at a time in a tab; the idempotency key makes a parallel round in another tab harmless.
 */
export function sendDueSubmissions(deps: SenderDeps): Promise<SendRound> {
  running ??= runRound(deps).finally(() => {
    running = null
  })
  return running
}

async function runRound(deps: SenderDeps): Promise<SendRound> {
  const round: SendRound = { sent: 0, retried: 0, failed: 0 }
  const due = await listDue(deps.now().toISOString())
  for (const entry of due) {
    const outcome = await attempt(entry, deps)
    const now = deps.now()
    const attempts = entry.attempts + 1
    if (outcome.kind === 'accepted') {
      await update({ ...entry, attempts, status: 'sent', sentAt: now.toISOString(), lastError: null })
      round.sent += 1
    } else if (outcome.kind === 'rejected') {
      await update({ ...entry, attempts, status: 'failed', lastError: outcome.error })
      round.failed += 1
    } else {
      const wait = nextAttemptDelay(attempts, outcome.retryAfterSeconds)
      await update({ ...entry, attempts, lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + wait).toISOString() })
      round.retried += 1
    }
  }
  return round
}

async function attempt(entry: OutboxEntry, deps: SenderDeps): Promise<SendOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS)
  try {
    const response = await deps.fetch(collectorUrl(deps.endpoint, 'submissions'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.key },
      body: JSON.stringify(entry.payload),
      signal: controller.signal,
      credentials: 'omit',
    })
    return classifyResponse(response.status, await errorMessage(response), response.headers.get('Retry-After'))
  } catch (error) {
    return { kind: 'retry', error: error instanceof Error ? error.message : 'network error' }
  } finally {
    clearTimeout(timer)
  }
}

async function errorMessage(response: Response): Promise<string> {
  if (response.ok) return ''
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    return typeof body.error?.message === 'string' ? body.error.message.slice(0, 200) : ''
  } catch {
    return ''
  }
}
