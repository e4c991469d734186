import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../../src/db/database.ts'

/**
 * The databases every database-backed test runs against: PGlite in a temp dir always, and a
 * PostgreSQL server when COLLECTOR_TEST_DATABASE_URL is set (collector/scripts/start-test-postgres.sh).
 * Each test file gets its own fresh database, so files can run in parallel and twice.
 */

export type DatabaseKind = 'pglite' | 'postgres'

/** The kinds to run: always PGlite, PostgreSQL when configured. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.COLLECTOR_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

/** Where a fresh database lives: a PGlite folder or a server URL, and how to remove it. */
export interface TestDatabaseLocation {
  kind: DatabaseKind
  dataDir?: string
  databaseUrl?: string
  remove(): Promise<void>
}

/** Makes a fresh, empty database of a kind (nothing open yet). */
export async function freshDatabaseLocation(kind: DatabaseKind): Promise<TestDatabaseLocation> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'collector-test-'))
    return { kind, dataDir: join(dir, 'pglite'), remove: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const serverUrl = process.env.COLLECTOR_TEST_DATABASE_URL!
  const name = `collector_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    kind,
    databaseUrl: url.href,
    remove: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** Opens a fresh database (not migrated); `close` also removes it. */
export async function openFreshDatabase(kind: DatabaseKind): Promise<{ db: Database; location: TestDatabaseLocation; close(): Promise<void> }> {
  const location = await freshDatabaseLocation(kind)
  const db = await openDatabase({ dataDir: location.dataDir, databaseUrl: location.databaseUrl })
  return {
    db,
    location,
    close: async () => {
      await db.close()
      await location.remove()
    },
  }
}
