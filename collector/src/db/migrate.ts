import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from './database.ts'

/**
 * Applies the numbered SQL files in collector/migrations (`001_name.sql`, …) that the database has
 * not seen, each in its own transaction together with its row in `schema_migrations`. Safe to run
 * at every start and from several processes at once (they take turns).
 */

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

export interface Migration {
  version: number
  name: string
  sql: string
}

/** The migration files in order of their numbers. */
export function migrationFiles(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), sql: readFileSync(`${dir}/${file}`, 'utf8') }))
}

/** Brings the database up to the newest migration; returns the versions applied now. */
export async function migrate(db: Database, migrations = migrationFiles()): Promise<number[]> {
  return db.exclusive('migrations', async () => {
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const applied = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)))
    const done: number[] = []
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql)
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name])
      })
      done.push(migration.version)
    }
    return done
  })
}
