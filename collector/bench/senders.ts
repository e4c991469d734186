/**
 * Concurrent senders like the app's outbox, only faster: each takes the next payload, POSTs it with
 * its key, and retries the same payload with the same key after a network error or a 5xx (short
 * backoff, no give-up) until it gets 201 or 200. 4xx other than 429 would be a bench failure.
 */

export interface SendStats {
  acknowledged: number
  stored: number
  duplicates: number
  retries: number
  networkErrors: number
  serverErrors: number
  refused: number
  /** Milliseconds of each acknowledged request (its last attempt). */
  latencies: number[]
  elapsedMs: number
}

export async function sendAll(url: string, payloads: readonly (Record<string, unknown> & { key: string })[], concurrency: number, onAcknowledged?: (count: number) => void): Promise<SendStats> {
  const stats: SendStats = { acknowledged: 0, stored: 0, duplicates: 0, retries: 0, networkErrors: 0, serverErrors: 0, refused: 0, latencies: [], elapsedMs: 0 }
  let next = 0
  const started = performance.now()

  async function sendOne(payload: Record<string, unknown> & { key: string }): Promise<void> {
    const body = JSON.stringify(payload)
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0) {
        stats.retries += 1
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** Math.min(attempt, 6))))
      }
      const sent = performance.now()
      let status: number
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': payload.key }, body })
        status = response.status
        await response.arrayBuffer()
      } catch {
        stats.networkErrors += 1
        continue
      }
      if (status === 201 || status === 200) {
        stats.latencies.push(performance.now() - sent)
        stats.acknowledged += 1
        if (status === 201) stats.stored += 1
        else stats.duplicates += 1
        onAcknowledged?.(stats.acknowledged)
        return
      }
      if (status >= 500 || status === 429) {
        stats.serverErrors += 1
        continue
      }
      stats.refused += 1
      throw new Error(`payload refused with ${status}`)
    }
  }

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < payloads.length) await sendOne(payloads[next++]!)
    }),
  )
  stats.elapsedMs = performance.now() - started
  return stats
}

/** The p-th percentile (0..100) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
