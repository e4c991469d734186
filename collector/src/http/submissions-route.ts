import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/database.ts'
import { storeSubmission } from '../db/submissions.ts'
import { payloadProblems } from '../payload/checks.ts'
import { toStoredSubmission } from '../payload/normalize.ts'
import { SUBMISSION_BODY_SCHEMA } from '../payload/schemas.ts'
import type { Payload } from '../payload/types.ts'
import { sendError } from './errors.ts'

/**
 * POST {base}/submissions (CONTRACT.md). Fastify has parsed the JSON (at most 16 KB) and checked it
 * against payload schema v1 or v2 before this handler runs; the handler checks the header and what
 * the schema cannot, then stores the submission exactly once.
 */
export function registerSubmissionsRoute(app: FastifyInstance, db: Database, now: () => Date): void {
  app.post('/submissions', { schema: { body: SUBMISSION_BODY_SCHEMA } }, async (request, reply) => {
    const payload = request.body as Payload
    if (request.headers['idempotency-key'] !== payload.key) {
      return sendError(reply, 400, 'key-mismatch', 'The Idempotency-Key header must equal the payload key')
    }
    const time = now()
    const problems = payloadProblems(payload, time)
    if (problems.length > 0) return sendError(reply, 400, 'invalid-payload', 'The payload breaks a rule of its version', { details: problems })

    const outcome = await storeSubmission(db, toStoredSubmission(payload, time))
    if (outcome === 'key-conflict') return sendError(reply, 409, 'key-conflict', 'This key was used for a different payload')
    return reply
      .code(outcome === 'stored' ? 201 : 200)
      .header('cache-control', 'no-store')
      .send({ status: outcome, key: payload.key })
  })
}
