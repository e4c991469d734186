import type { FastifyServerOptions } from 'fastify'

/**
 * Structured JSON logs (pino) that never hold an IP address, a user agent, a header or a payload:
 * a request is logged as method and path, a response as its status, an error as its kind. Database
 * errors can quote the values they refused, so their messages are not logged either.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    // No hostname in every line; the pid tells restarts apart.
    base: { pid: process.pid },
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: (request.url ?? '').split('?')[0]?.slice(0, 200) }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      // pino's type wants type/message/stack; leaving message and stack out is the point.
      err: serializeError as never,
    },
  }
}

/** An error without anything the sender wrote: its type, code and (for our own errors) message. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error }
  const record = error as Record<string, unknown>
  const fromDatabase = 'severity' in record || 'routine' in record
  return {
    type: error.constructor?.name,
    code: record.code,
    statusCode: record.statusCode,
    ...(fromDatabase ? { constraint: record.constraint, table: record.table } : { message: typeof record.message === 'string' ? record.message.slice(0, 300) : undefined }),
  }
}
