import { Writable } from 'node:stream'
import { startCollector, type CollectorOptions, type RunningCollector } from '../../src/collector.ts'
import { freshDatabaseLocation, type DatabaseKind, type TestDatabaseLocation } from './databases.ts'

export const APP_ORIGIN = 'https://app.reifegrad.example'

/** A collector on a free loopback port over a fresh database, with its log lines captured. */
export interface TestCollector extends RunningCollector {
  location: TestDatabaseLocation
  logLines(): string[]
  /** POSTs a payload with the right headers (unless overridden). */
  submit(payload: unknown, headers?: Record<string, string>): Promise<Response>
  /** Stops the collector and removes its database. */
  dispose(): Promise<void>
}

export async function startTestCollector(kind: DatabaseKind, options: CollectorOptions = {}): Promise<TestCollector> {
  const location = await freshDatabaseLocation(kind)
  const lines: string[] = []
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  const collector = await startCollector({
    dataDir: location.dataDir,
    databaseUrl: location.databaseUrl,
    allowedOrigins: [APP_ORIGIN],
    rateLimit: false,
    snapshotHours: 0,
    publishOnStart: false,
    logStream,
    ...options,
  })
  return {
    ...collector,
    location,
    logLines: () => [...lines],
    submit: (payload, headers = {}) =>
      fetch(`${collector.url}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': String((payload as { key?: unknown }).key), ...headers },
        body: typeof payload === 'string' ? payload : JSON.stringify(payload),
      }),
    dispose: async () => {
      await collector.close()
      await location.remove()
    },
  }
}
