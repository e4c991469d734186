import type { FastifyReply } from 'fastify'

/** The error body of the contract: `{"error": {"code", "message", "details"?}}`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, extra: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message, ...extra } })
}

/** What Fastify and its plugins throw, as far as the error handler needs it. */
export interface ThrownError {
  code?: string
  statusCode?: number
  validation?: unknown
  message?: string
}

/** Maps an error thrown before or in a handler to the contract's status and code. */
export function classifyError(error: ThrownError): { status: number; code: string; message: string } {
  if (error.validation) return { status: 400, code: 'invalid-payload', message: 'The payload does not match payload version 1 or 2' }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'too-large', message: 'The body is larger than 16 KB' }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 415, code: 'unsupported-media-type', message: 'Send application/json' }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'invalid-json', message: 'The body is empty' }
    case 'rate-limited':
      return { status: 429, code: 'rate-limited', message: 'Too many requests; retry after the time in Retry-After' }
  }
  const status = error.statusCode ?? 500
  // JSON.parse and the prototype-poisoning guard throw SyntaxErrors with status 400.
  if (status === 400) return { status, code: 'invalid-json', message: 'The body is not valid JSON' }
  if (status >= 400 && status < 500) return { status, code: 'bad-request', message: 'The request was refused' }
  return { status: 503, code: 'unavailable', message: 'The collector cannot store or answer right now; retry later' }
}
