import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ORIGIN, startTestCollector, type TestCollector } from './support/collector.ts'
import { databaseKinds } from './support/databases.ts'
import { payloadV2 } from './support/payloads.ts'

describe.each(databaseKinds())('service behaviour on %s', (kind) => {
  let collector: TestCollector
  beforeAll(async () => {
    collector = await startTestCollector(kind, { basePath: '/collector/v1/', trustProxy: true })
  })
  afterAll(async () => {
    await collector?.dispose()
  })

  it('serves the endpoints under the configured base path', async () => {
    expect(collector.url).toMatch(/\/collector\/v1$/)
    expect((await fetch(`${collector.origin}/api/submissions`, { method: 'POST' })).status).toBe(404)
  })

  it('allows the configured app origin (preflight and request) and exposes Retry-After', async () => {
    const preflight = await fetch(`${collector.url}/submissions`, {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key')
    const payload = payloadV2()
    const response = await collector.submit(payload, { origin: APP_ORIGIN })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After')
  })

  it('gives another origin no CORS permission', async () => {
    const preflight = await fetch(`${collector.url}/submissions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const response = await fetch(`${collector.url}/v2/snapshot?questionnaire=a@1.0.0`, { headers: { origin: 'https://evil.example' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('logs no IP address, user agent, header or payload', async () => {
    // Behind a trusted proxy the client address is the forwarded one: it must not appear either.
    const payload = payloadV2({ campaign: 'unique-campaign-marker' })
    const client = { 'user-agent': 'Agent-Marker/1.0', 'x-forwarded-for': '203.0.113.77' }
    await fetch(`${collector.origin}/health`, { headers: client })
    expect((await collector.submit(payload, client)).status).toBe(201)
    expect((await collector.submit('{"broken": "json-marker', { ...client, 'idempotency-key': payload.key })).status).toBe(400)
    expect((await collector.submit({ ...payload, district: 'free-text-marker' }, client)).status).toBe(400)
    const lines = collector.logLines()
    const log = lines.join('\n')
    expect(log).toContain('"statusCode":201')
    for (const secret of ['203.0.113.77', 'Agent-Marker', 'remoteAddress', 'remotePort', 'user-agent', 'unique-campaign-marker', 'json-marker', 'free-text-marker', payload.key]) {
      expect(log, secret).not.toContain(secret)
    }
    // Loopback appears only where the server says where it listens, never for a request.
    expect(lines.filter((line) => line.includes('127.0.0.1')).every((line) => line.includes('Server listening'))).toBe(true)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  it('stores no identifier and no time finer than the month: the columns of every table', async () => {
    const columns = await collector.db.query<{ table_name: string; column_name: string; data_type: string }>(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    )
    const submissionColumns = columns.filter((column) => column.table_name === 'submissions').map((column) => column.column_name)
    expect(submissionColumns).toEqual([
      'key', 'payload_hash', 'payload_version', 'questionnaire', 'month', 'received_month', 'state', 'district', 'campaign', 'sector_group', 'employees',
      'overall_score', 'overall_level', 'dimensions', 'context', 'plan', 'released_mask', 'coarse_mask',
    ])
    for (const column of columns) expect(column.column_name).not.toMatch(/ip|addr|agent|host|created|received_at|user/i)
    // The only timestamps are of snapshots and migrations, never of a submission.
    const timestamps = columns.filter((column) => column.data_type.startsWith('timestamp')).map((column) => `${column.table_name}.${column.column_name}`)
    expect(timestamps.sort()).toEqual(['schema_migrations.applied_at', 'snapshots.published_at'])
    expect(columns.map((column) => column.table_name).filter((name, index, all) => all.indexOf(name) === index).sort()).toEqual(['schema_migrations', 'snapshot_cells', 'snapshots', 'submissions'])
  })
})

describe.each(databaseKinds())('rate limit on %s', (kind) => {
  it('limits requests per client with 429 and Retry-After, and never limits the health check', async () => {
    const collector = await startTestCollector(kind, { rateLimit: { max: 5, windowSeconds: 3600 } })
    try {
      let limited: Response | undefined
      for (let attempt = 0; attempt < 10 && !limited; attempt += 1) {
        const response = await fetch(`${collector.url}/v2/snapshot?questionnaire=a@1.0.0`, { headers: { origin: APP_ORIGIN } })
        if (response.status === 429) limited = response
      }
      expect(limited?.status).toBe(429)
      expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited!.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN)
      expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe('rate-limited')
      expect((await collector.submit(payloadV2())).status).toBe(429)
      const health = await fetch(`${collector.origin}/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' })
      expect((await fetch(`${collector.url}/health`)).status).toBe(200)
    } finally {
      await collector.dispose()
    }
  })
})

describe.each(databaseKinds())('health on %s', (kind) => {
  it('answers 503 when the database is gone', async () => {
    const collector = await startTestCollector(kind)
    try {
      expect((await fetch(`${collector.origin}/health`)).status).toBe(200)
      await collector.db.close()
      const response = await fetch(`${collector.origin}/health`)
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' })
      const submission = await collector.submit(payloadV2())
      expect(submission.status).toBe(503)
      expect(submission.headers.get('retry-after')).toBe('30')
    } finally {
      await collector.app.close()
      await collector.location.remove()
    }
  })
})
