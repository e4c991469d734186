import pg from 'pg'
import type { Database, Queryable } from './database.ts'

/** Advisory lock ids, so that two collector processes never migrate or publish at once. */
const LOCK_IDS = { migrations: 7_302_001, publish: 7_302_002 } as const

/** A PostgreSQL server through a node-postgres pool. */
export async function openPostgres(connectionString: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'reifegrad-collector' })
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await target.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await target.query(sql)
    },
  })
  // Fail at start, not at the first submission, when the server cannot be reached.
  await pool.query('SELECT 1')
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    exclusive: async (lock, work) => {
      const client = await pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [LOCK_IDS[lock]])
        try {
          return await work()
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [LOCK_IDS[lock]])
        }
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
