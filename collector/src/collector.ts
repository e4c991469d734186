import type { FastifyInstance } from 'fastify'
import { openDatabase, type Database } from './db/database.ts'
import { migrate } from './db/migrate.ts'
import { buildApp } from './http/app.ts'
import { schedulePublishing } from './jobs/scheduler.ts'
import type { PublishReport } from './jobs/publish-job.ts'

/**
 * Starts a whole collector: opens and migrates the database, listens, and publishes snapshots on
 * schedule. main.ts calls it with the environment; tests and the app's browser tests call it with
 * options (port 0 = any free port).
 */

export interface CollectorOptions {
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0: a free port. */
  port?: number
  /** A PostgreSQL server; without it PGlite in `dataDir`. */
  databaseUrl?: string
  dataDir?: string
  poolSize?: number
  /** Browser origins of the app (default none: no cross-origin request is allowed). */
  allowedOrigins?: readonly string[]
  /** Default `/api`. */
  basePath?: string
  /** Default 60 requests per client and minute; false for none. */
  rateLimit?: { max: number; windowSeconds: number } | false
  trustProxy?: boolean | string | number
  /** Publish every this many hours (default 24; 0: only on demand). */
  snapshotHours?: number
  /** Publish at start when no snapshot exists yet (default true). */
  publishOnStart?: boolean
  retentionMonths?: number | null
  logLevel?: string
  /** Where the JSON log lines go (default stdout). */
  logStream?: NodeJS.WritableStream
  /** The clock (tests). */
  now?: () => Date
}

export interface RunningCollector {
  /** The base URL the app is configured with, e.g. `http://127.0.0.1:41234/api`. */
  url: string
  /** Scheme, host and port only. */
  origin: string
  port: number
  db: Database
  app: FastifyInstance
  /** Publishes a snapshot now. */
  publishNow(): Promise<PublishReport>
  /** Resolves when the publication at start (if any) is done. */
  ready: Promise<void>
  close(): Promise<void>
}

/** Normalises a base path: `api/` → `/api`, `/` → `` (no prefix). */
export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}` : ''
}

/** Starts a collector and resolves once it listens. */
export async function startCollector(options: CollectorOptions = {}): Promise<RunningCollector> {
  const now = options.now ?? (() => new Date())
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, poolSize: options.poolSize })
  try {
    await migrate(db)
    const basePath = normaliseBasePath(options.basePath ?? '/api')
    const app = await buildApp({
      db,
      basePath,
      allowedOrigins: options.allowedOrigins ?? [],
      rateLimit: options.rateLimit ?? { max: 60, windowSeconds: 60 },
      trustProxy: options.trustProxy ?? false,
      logLevel: options.logLevel ?? 'info',
      logStream: options.logStream,
      now,
    })
    const host = options.host ?? '127.0.0.1'
    await app.listen({ host, port: options.port ?? 0 })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('the collector has no TCP port')
    const scheduler = schedulePublishing(db, {
      hours: options.snapshotHours ?? 24,
      publishOnStart: options.publishOnStart ?? true,
      retentionMonths: options.retentionMonths ?? null,
      log: app.log,
      now,
    })
    const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
    return {
      url: `${origin}${basePath}`,
      origin,
      port: address.port,
      db,
      app,
      publishNow: scheduler.publishNow,
      ready: scheduler.ready,
      close: async () => {
        await app.close()
        await scheduler.stop()
        await db.close()
      },
    }
  } catch (error) {
    await db.close()
    throw error
  }
}

export { publishSnapshot } from './jobs/publish-job.ts'
