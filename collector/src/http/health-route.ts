import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/database.ts'

/** GET /health: 200 when the database answers within two seconds, else 503. Not rate limited. */
export function registerHealthRoute(app: FastifyInstance, db: Database, path: string): void {
  app.get(path, { config: { rateLimit: false } }, async (_request, reply) => {
    const answered = await Promise.race([
      db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
    ])
    reply.header('cache-control', 'no-store')
    return answered ? reply.send({ status: 'ok', database: 'ok' }) : reply.code(503).send({ status: 'unavailable', database: 'unreachable' })
  })
}
