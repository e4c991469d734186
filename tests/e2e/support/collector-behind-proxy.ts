import { createServer, request, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCollector, type RunningCollector } from 'reifegrad-collector'

/**
 * The real collector (collector/, on an embedded PGlite database in a temporary folder) behind a
 * small HTTP proxy on 127.0.0.1 that can misbehave the way networks and servers do: answer 503
 * before the collector sees anything, or let the collector store a submission and then drop the
 * connection before its answer reaches the app. The app is built against the proxy's URL, so every
 * request of the app passes through it; everything else is the collector's own behaviour.
 */

export interface ProxyFaults {
  /** Answer submission attempts up to this count (1-based, counted since start) with 503 and Retry-After: 1. */
  failFirst?: number
  /** Let the collector answer these attempts (1-based), then drop the connection without passing the answer on. */
  dropResponseOn?: number[]
  /** Answer every submission with this status, storing nothing. */
  rejectAllWith?: number
}

export interface CollectorBehindProxy {
  /** The base URL the app is built with (the proxy's, with the collector's base path). */
  url: string
  collector: RunningCollector
  /** POST attempts on the submissions path that reached the proxy. */
  attempts(): number
  setFaults(faults: ProxyFaults): void
  /** The keys of all stored submissions. */
  storedKeys(): Promise<string[]>
  /** One stored submission's row as the collector keeps it, or undefined. */
  storedRow(key: string): Promise<Record<string, unknown> | undefined>
  close(): Promise<void>
}

export async function startCollectorBehindProxy(appOrigin: string): Promise<CollectorBehindProxy> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reifegrad-e2e-collector-'))
  // No rate limit here: these tests send more than a business would in a minute, on purpose.
  const collector = await startCollector({ dataDir, allowedOrigins: [appOrigin], rateLimit: false, logLevel: 'warn', publishOnStart: false, snapshotHours: 0 })
  let faults: ProxyFaults = {}
  let attempts = 0

  const proxy: Server = createServer((incoming, outgoing) => {
    const isSubmission = incoming.method === 'POST' && (incoming.url ?? '').endsWith('/submissions')
    const attempt = isSubmission ? ++attempts : 0
    if (isSubmission && faults.rejectAllWith) {
      outgoing.writeHead(faults.rejectAllWith, corsHeaders(incoming.headers.origin)).end(JSON.stringify({ error: { code: 'invalid-payload', message: 'rejected by the test proxy' } }))
      incoming.resume()
      return
    }
    if (isSubmission && faults.failFirst !== undefined && attempt <= faults.failFirst) {
      outgoing.writeHead(503, { ...corsHeaders(incoming.headers.origin), 'retry-after': '1', 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'unavailable', message: 'test fault' } }))
      incoming.resume()
      return
    }
    const upstream = request(
      { host: '127.0.0.1', port: collector.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        if (isSubmission && faults.dropResponseOn?.includes(attempt)) {
          answer.resume()
          answer.on('end', () => outgoing.socket?.destroy())
          return
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(outgoing)
      },
    )
    upstream.on('error', () => outgoing.socket?.destroy())
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  if (!address || typeof address === 'string') throw new Error('the proxy has no port')
  const basePath = new URL(collector.url).pathname

  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    collector,
    attempts: () => attempts,
    setFaults: (next) => (faults = next),
    storedKeys: async () => (await collector.db.query<{ key: string }>('SELECT key::text AS key FROM submissions ORDER BY key')).map((row) => row.key),
    storedRow: async (key) => (await collector.db.query('SELECT * FROM submissions WHERE key = $1', [key]))[0],
    close: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
      await collector.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** What the collector would add for the app's origin, so the app can read the proxy's own answers. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After', vary: 'Origin' } : {}
}
