import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Mutex, type Database, type Queryable } from './database.ts'

/**
 * The embedded PostgreSQL: PGlite in a data folder, so the collector runs on a fresh machine with
 * nothing else installed. PGlite is one connection inside this process: it queues queries itself
 * and a transaction holds the connection, so no other process may open the same folder. A lock
 * file beside the folder (`<dataDir>.lock`, with the owner's pid) enforces that; a lock left by a
 * killed process is taken over.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dirname(dataDir), { recursive: true })
  const releaseLock = takeLock(`${dataDir}.lock`)
  let db: PGlite
  try {
    db = await PGlite.create(dataDir)
  } catch (error) {
    releaseLock()
    throw error
  }
  const locks = { migrations: new Mutex(), publish: new Mutex() }
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await target.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await target.exec(sql)
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    exclusive: (lock, work) => locks[lock].run(work),
    close: async () => {
      try {
        await db.close()
      } finally {
        releaseLock()
      }
    },
  }
}

/** Lock files this process holds, so that it does not open one folder twice either. */
const heldHere = new Set<string>()

function takeLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldHere.add(path)
      return () => {
        heldHere.delete(path)
        rmSync(path, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(path, 'utf8'))
      if (owner && (owner === process.pid ? heldHere.has(path) : isAlive(owner))) {
        throw new Error(`The PGlite data folder is in use by process ${owner} (${path}); stop that collector first, or use a PostgreSQL server (DATABASE_URL)`)
      }
      rmSync(path, { force: true })
    }
  }
  throw new Error(`Cannot take the lock ${path}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
