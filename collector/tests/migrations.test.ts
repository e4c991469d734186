import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/database.ts'
import { migrate, migrationFiles } from '../src/db/migrate.ts'
import { storeSubmission } from '../src/db/submissions.ts'
import { toStoredSubmission } from '../src/payload/normalize.ts'
import type { Payload } from '../src/payload/types.ts'
import { databaseKinds, freshDatabaseLocation, openFreshDatabase } from './support/databases.ts'
import { payloadV2 } from './support/payloads.ts'

const ALL = migrationFiles().map((migration) => migration.version)

describe.each(databaseKinds())('migrations on %s', (kind) => {
  it('are numbered without gaps from 001', () => {
    expect(ALL).toEqual(ALL.map((_, index) => index + 1))
  })

  it('build a fresh database and record each version once; a second run applies nothing', async () => {
    const { db, close } = await openFreshDatabase(kind)
    try {
      expect(await migrate(db)).toEqual(ALL)
      expect(await migrate(db)).toEqual([])
      const recorded = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')
      expect(recorded.map((row) => Number(row.version))).toEqual(ALL)
      expect(recorded[0]!.name).toBe('submissions')
    } finally {
      await close()
    }
  })

  it('keep the data of an already-migrated database when it is opened again (a restart)', async () => {
    const location = await freshDatabaseLocation(kind)
    try {
      const first = await openDatabase({ dataDir: location.dataDir, databaseUrl: location.databaseUrl })
      await migrate(first)
      await storeSubmission(first, toStoredSubmission(payloadV2() as unknown as Payload, new Date()))
      await first.close()
      const second = await openDatabase({ dataDir: location.dataDir, databaseUrl: location.databaseUrl })
      expect(await migrate(second)).toEqual([])
      expect(await second.query('SELECT key FROM submissions')).toHaveLength(1)
      await second.close()
    } finally {
      await location.remove()
    }
  })

  it('apply only the new migration to a database at an older version, and roll back a failing one whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collector-migrations-'))
    const { db, close } = await openFreshDatabase(kind)
    try {
      const source = fileURLToPath(new URL('../migrations/', import.meta.url))
      const first = readdirSync(source).find((file) => file.startsWith('001_'))!
      copyFileSync(join(source, first), join(dir, first))
      expect(await migrate(db, migrationFiles(dir))).toEqual([1])

      writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE half_done (id integer);\nSELECT no_such_function();')
      await expect(migrate(db, migrationFiles(dir))).rejects.toThrow()
      expect(await db.query("SELECT to_regclass('half_done') AS name")).toEqual([{ name: null }])

      // The real migrations bring it up to date from version 1.
      expect(await migrate(db)).toEqual(ALL.slice(1))
    } finally {
      await close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('run once when two processes start at the same time', async () => {
    const location = await freshDatabaseLocation(kind)
    if (kind === 'pglite') {
      // One process per PGlite folder: a second open is refused instead of racing.
      const first = await openDatabase({ dataDir: location.dataDir })
      try {
        await expect(openDatabase({ dataDir: location.dataDir })).rejects.toThrow(/in use by process/)
      } finally {
        await first.close()
        await location.remove()
      }
      return
    }
    const [a, b] = await Promise.all([openDatabase({ databaseUrl: location.databaseUrl }), openDatabase({ databaseUrl: location.databaseUrl })])
    try {
      const applied = await Promise.all([migrate(a), migrate(b)])
      expect([...applied[0], ...applied[1]].sort()).toEqual(ALL)
    } finally {
      await a.close()
      await b.close()
      await location.remove()
    }
  })
})
