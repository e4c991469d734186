import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'

/**
 * Reference collector for the submission contract (tests/collector/CONTRACT.md): a real HTTP server
 * on 127.0.0.1 that validates payloads against the JSON Schema, stores each idempotency key once,
 * persists to a JSON file and answers benchmark queries for groups of at least MIN_GROUP_SIZE.
 * Fault injection lets tests make it misbehave the way real networks and servers do.
 */

export const MIN_GROUP_SIZE = 10
const MAX_BODY_BYTES = 16 * 1024

export interface CollectorFaults {
  /** Answer the first N submission attempts with 503 and Retry-After: 1, storing nothing. */
  failFirst?: number
  /** Store the submission of these attempts (1-based), then drop the connection without answering. */
  dropResponseOn?: number[]
  /** Answer every submission with this status (e.g. 400), storing nothing. */
  rejectAllWith?: number
}

interface StoredSubmission {
  key: string
  receivedAt: string
  payload: Record<string, unknown>
}

const schemaPath = fileURLToPath(new URL('../../questionnaires/schema/submission-payload.v1.schema.json', import.meta.url))
const validatePayload = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')))

export interface RunningCollector {
  url: string
  port: number
  submissions: () => StoredSubmission[]
  attempts: () => number
  setFaults: (faults: CollectorFaults) => void
  close: () => Promise<void>
}

/** Starts a collector on 127.0.0.1 (port 0 = any free port), persisting to `dataFile`. */
export async function startCollector(options: { dataFile: string; port?: number; faults?: CollectorFaults }): Promise<RunningCollector> {
  let faults: CollectorFaults = options.faults ?? {}
  let attempts = 0
  const stored: StoredSubmission[] = existsSync(options.dataFile) ? (JSON.parse(readFileSync(options.dataFile, 'utf8')) as StoredSubmission[]) : []

  function persist() {
    const temporary = `${options.dataFile}.tmp`
    writeFileSync(temporary, JSON.stringify(stored, null, 2))
    renameSync(temporary, options.dataFile)
  }

  const server: Server = createServer((request, response) => {
    allowCors(request, response)
    const url = new URL(request.url ?? '/', 'http://collector')
    if (request.method === 'OPTIONS') return void response.writeHead(204).end()
    if (request.method === 'POST' && url.pathname === '/submissions') return void receive(request, response)
    if (request.method === 'GET' && url.pathname === '/benchmarks') return void benchmark(url, response)
    sendError(response, 404, 'not-found', 'No such endpoint')
  })

  async function receive(request: IncomingMessage, response: ServerResponse) {
    attempts += 1
    const attempt = attempts
    if (faults.rejectAllWith) return sendError(response, faults.rejectAllWith, 'rejected', 'Rejected by test configuration')
    if (faults.failFirst && attempt <= faults.failFirst) {
      response.setHeader('Retry-After', '1')
      return sendError(response, 503, 'unavailable', 'Temporarily unavailable')
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(response, 415, 'unsupported-media-type', 'Send application/json')
    }
    const body = await readBody(request)
    if (body === null) return sendError(response, 413, 'too-large', `At most ${MAX_BODY_BYTES} bytes`)
    let payload: unknown
    try {
      payload = JSON.parse(body)
    } catch {
      return sendError(response, 400, 'invalid-json', 'The body is not JSON')
    }
    if (!validatePayload(payload)) {
      return sendError(response, 400, 'invalid-payload', 'The payload does not match payload version 1', validatePayload.errors)
    }
    const record = payload as Record<string, unknown> & { key: string }
    if (request.headers['idempotency-key'] !== record.key) {
      return sendError(response, 400, 'key-mismatch', 'The Idempotency-Key header must equal the payload key')
    }
    const existing = stored.find((item) => item.key === record.key)
    if (existing) {
      if (JSON.stringify(existing.payload) !== JSON.stringify(record)) {
        return sendError(response, 409, 'key-conflict', 'This key was used for a different payload')
      }
      return sendJson(response, 200, { status: 'duplicate', key: record.key })
    }
    stored.push({ key: record.key, receivedAt: new Date().toISOString().slice(0, 7), payload: record })
    persist()
    if (faults.dropResponseOn?.includes(attempt)) return void request.socket.destroy()
    sendJson(response, 201, { status: 'stored', key: record.key })
  }

  function benchmark(url: URL, response: ServerResponse) {
    const questionnaire = url.searchParams.get('questionnaire')
    if (!questionnaire) return sendError(response, 400, 'missing-questionnaire', 'questionnaire is required')
    const filters = ['state', 'sector', 'employees'].flatMap((name) => {
      const value = url.searchParams.get(name)
      return value ? [[name, value] as const] : []
    })
    const group = stored
      .map((item) => item.payload)
      .filter((payload) => payload.questionnaire === questionnaire && filters.every(([name, value]) => payload[name] === value))
    if (group.length < MIN_GROUP_SIZE) {
      return sendJson(response, 404, { error: { code: 'group-too-small', message: `Fewer than ${MIN_GROUP_SIZE} submissions`, minGroupSize: MIN_GROUP_SIZE } })
    }
    sendJson(response, 200, { questionnaire, filters: Object.fromEntries(filters), groupSize: group.length, ...means(group) })
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('collector has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    submissions: () => stored.map((item) => ({ ...item })),
    attempts: () => attempts,
    setFaults: (next) => {
      faults = next
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function means(group: Record<string, unknown>[]) {
  type Entry = { dimension: string; score: number }
  const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10
  const dimensions: Record<string, number[]> = {}
  for (const payload of group) {
    for (const entry of payload.dimensions as Entry[]) (dimensions[entry.dimension] ??= []).push(entry.score)
  }
  return {
    overall: mean(group.map((payload) => (payload.overall as { score: number }).score)),
    dimensions: Object.fromEntries(Object.entries(dimensions).map(([id, values]) => [id, mean(values)])),
  }
}

function allowCors(request: IncomingMessage, response: ServerResponse) {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*')
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key')
  response.setHeader('Access-Control-Max-Age', '600')
  response.setHeader('Vary', 'Origin')
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
  })
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, status: number, code: string, message: string, details?: unknown) {
  sendJson(response, status, { error: { code, message, ...(details ? { details } : {}) } })
}
