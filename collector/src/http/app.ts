import Fastify, { type FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { Database } from '../db/database.ts'
import { createPayloadAjv } from '../payload/schemas.ts'
import { classifyError, sendError, type ThrownError } from './errors.ts'
import { registerHealthRoute } from './health-route.ts'
import { loggerOptions } from './logging.ts'
import { registerSnapshotRoutes } from './snapshot-route.ts'
import { registerSubmissionsRoute } from './submissions-route.ts'

/** The thin HTTP layer: limits, CORS, validation with the shared schemas, and the routes. */

export const BODY_LIMIT_BYTES = 16 * 1024

export interface AppOptions {
  db: Database
  /** Path prefix of the endpoints, e.g. `/api` (empty for none). */
  basePath: string
  /** Origins of the app allowed to call the collector from a browser (exact, e.g. `https://app.example`). */
  allowedOrigins: readonly string[]
  /** Requests per client and window, or false for no limit. */
  rateLimit: { max: number; windowSeconds: number } | false
  /** Behind a reverse proxy: true, the number of proxy hops, or the proxies' addresses (comma-separated). */
  trustProxy: boolean | string | number
  logLevel: string
  logStream?: NodeJS.WritableStream
  now: () => Date
}

/** Believe X-Forwarded-For for this many proxies in front of the collector. */
const hops = (count: number) => (_address: string, hop: number) => hop < count

/** Builds the Fastify app (not yet listening). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: typeof options.trustProxy === 'number' ? hops(options.trustProxy) : options.trustProxy,
    logger: loggerOptions(options.logLevel, options.logStream),
    // Refuse JSON with __proto__ or constructor.prototype keys outright.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // A 16 KB body has no reason to take long; slow senders do not hold connections forever.
    requestTimeout: 15_000,
  })
  // Only application/json is accepted; without this, text/plain would be parsed too.
  app.removeContentTypeParser('text/plain')
  const ajv = createPayloadAjv()
  app.setValidatorCompiler(({ schema }) => ajv.compile(schema))

  app.setErrorHandler((error: ThrownError, request, reply) => {
    const { status, code, message } = classifyError(error)
    // 4xx are the sender's mistakes and may quote what it sent: logged by status only.
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    if (status === 503) reply.header('retry-after', '30')
    return sendError(reply, status, code, message, error.validation && status === 400 ? { details: error.validation } : {})
  })
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', 'No such endpoint'))

  await app.register(cors, {
    origin: [...options.allowedOrigins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    // The app reads Retry-After of a 429 or 503 to know when to try again.
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
    strictPreflight: true,
  })
  if (options.rateLimit) {
    await app.register(rateLimit, {
      global: true,
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.windowSeconds * 1000,
      // The client address only lives in this in-memory counter for the window; it is never logged or stored.
      errorResponseBuilder: (_request, context) => Object.assign(new Error('rate limited'), { statusCode: context.statusCode, code: 'rate-limited' }),
    })
  }

  registerHealthRoute(app, options.db, '/health')
  await app.register(
    async (scoped) => {
      registerHealthRoute(scoped, options.db, '/health')
      registerSubmissionsRoute(scoped, options.db, options.now)
      registerSnapshotRoutes(scoped, options.db)
    },
    { prefix: options.basePath },
  )
  return app
}
