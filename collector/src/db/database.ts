import { fileURLToPath } from 'node:url'

/**
 * The one interface through which the collector talks to PostgreSQL, whether embedded (PGlite in
 * a data folder) or a server (node-postgres pool). Only the modules in src/db run SQL.
 */

/** Something that runs one parameterised statement. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs `work` while no other holder of `lock` runs, across processes on a server. */
  exclusive<T>(lock: 'migrations' | 'publish', work: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** A PostgreSQL server (`postgres://…`); without it the embedded PGlite is used. */
  databaseUrl?: string
  /** PGlite's data folder (default collector/.data/pglite). */
  dataDir?: string
  /** Connections of the node-postgres pool. */
  poolSize?: number
}

/** The default PGlite data folder, beside the collector's package (ignored by git). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data/pglite', import.meta.url))

/** Opens the configured database (not yet migrated: see migrate.ts). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.ts')
    return openPostgres(options.databaseUrl, options.poolSize ?? 10)
  }
  const { openPglite } = await import('./pglite.ts')
  return openPglite(options.dataDir ?? DEFAULT_DATA_DIR)
}

/** A small promise queue: one holder at a time inside this process. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work)
    this.tail = result.catch(() => undefined)
    return result
  }
}
