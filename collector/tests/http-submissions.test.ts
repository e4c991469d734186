import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countSubmissions } from '../src/db/submissions.ts'
import { startTestCollector, type TestCollector } from './support/collector.ts'
import { databaseKinds } from './support/databases.ts'
import { payloadV1, payloadV2 } from './support/payloads.ts'

describe.each(databaseKinds())('POST /submissions on %s', (kind) => {
  let collector: TestCollector
  beforeAll(async () => {
    collector = await startTestCollector(kind)
  })
  afterAll(async () => {
    await collector?.dispose()
  })

  const stored = async (key: string) => (await collector.db.query<{ key: string }>('SELECT key::text AS key FROM submissions WHERE key = $1', [key])).length

  it('stores a v2 payload with every optional part', async () => {
    const payload = payloadV2()
    const response = await collector.submit(payload)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ status: 'stored', key: payload.key })
    const [row] = await collector.db.query<Record<string, unknown>>('SELECT * FROM submissions WHERE key = $1', [payload.key])
    expect(row).toMatchObject({ payload_version: 2, state: 'DE-NI', district: '03241', campaign: 'hwk-hannover-2027', sector_group: 'handwerk-bau', month: '2026-11', received_month: '2026-11', overall_score: 42 })
    expect(row!.dimensions).toEqual({ reifegrad: [35, 2], bildung: [50, 3] })
    expect(row!.context).toEqual({ 'bb-available-at-address': 'fibre' })
    expect(row!.plan).toEqual({ reifegrad: [4, 2] })
  })

  it('stores a v1 payload with its sector mapped to the sector group and its free-text district dropped', async () => {
    const payload = payloadV1({ district: 'Landkreis Musterstadt, Herr Müller' })
    expect((await collector.submit(payload)).status).toBe(201)
    const [row] = await collector.db.query<Record<string, unknown>>('SELECT * FROM submissions WHERE key = $1', [payload.key])
    expect(row).toMatchObject({ payload_version: 1, sector_group: 'handwerk-produktion', district: null, campaign: null })
  })

  it('answers a retry of the same payload as a duplicate, also with other key order and whitespace', async () => {
    const payload = payloadV2()
    expect((await collector.submit(payload)).status).toBe(201)
    const reordered = Object.fromEntries(Object.entries(payload).reverse())
    const response = await collector.submit(JSON.stringify(reordered, null, 2), { 'idempotency-key': payload.key })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'duplicate', key: payload.key })
    expect(await stored(payload.key)).toBe(1)
  })

  it('refuses the same key with another payload (409) and keeps the first', async () => {
    const payload = payloadV2()
    expect((await collector.submit(payload)).status).toBe(201)
    const response = await collector.submit({ ...payload, overall: { score: 99, level: 5 } })
    expect(response.status).toBe(409)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('key-conflict')
    const [row] = await collector.db.query<{ overall_score: number }>('SELECT overall_score FROM submissions WHERE key = $1', [payload.key])
    expect(row!.overall_score).toBe(42)
  })

  it('stores concurrent duplicates exactly once', async () => {
    const payload = payloadV2()
    const responses = await Promise.all(Array.from({ length: 20 }, () => collector.submit(payload)))
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 200)).toHaveLength(19)
    expect(await stored(payload.key)).toBe(1)
  })

  it('lets one of two concurrent different payloads under one key win, the other gets 409', async () => {
    const first = payloadV2()
    const second = { ...first, overall: { score: 7, level: 1 } }
    const statuses = (await Promise.all([collector.submit(first), collector.submit(second)])).map((response) => response.status).sort()
    expect(statuses).toEqual([201, 409])
    expect(await stored(first.key)).toBe(1)
  })

  describe('refuses hostile and broken requests and stores nothing', () => {
    const cases: [string, () => { body: unknown; headers?: Record<string, string> }, number, string][] = [
      ['an unknown top-level key', () => ({ body: { ...payloadV2(), name: 'Bäckerei Müller' } }), 400, 'invalid-payload'],
      ['an unknown key inside a dimension', () => ({ body: payloadV2({ dimensions: [{ dimension: 'bildung', score: 1, level: 1, note: 'x' }] }) }), 400, 'invalid-payload'],
      ['free text in the district', () => ({ body: payloadV2({ district: 'Hannover, Lange Str. 5' }) }), 400, 'invalid-payload'],
      ['a district of another state', () => ({ body: payloadV2({ state: 'DE-BY', district: '03241' }) }), 400, 'invalid-payload'],
      ['a score as a string', () => ({ body: payloadV2({ overall: { score: '42', level: 3 } }) }), 400, 'invalid-payload'],
      ['a fractional score', () => ({ body: payloadV2({ overall: { score: 42.5, level: 3 } }) }), 400, 'invalid-payload'],
      ['a level out of range', () => ({ body: payloadV2({ overall: { score: 42, level: 6 } }) }), 400, 'invalid-payload'],
      ['an unknown payload version', () => ({ body: { ...payloadV2(), payloadVersion: 3 } }), 400, 'invalid-payload'],
      ['a v1 payload with v2 fields', () => ({ body: payloadV1({ campaign: 'x' }) }), 400, 'invalid-payload'],
      ['a repeated dimension', () => ({ body: payloadV2({ dimensions: [{ dimension: 'bildung', score: 1, level: 1 }, { dimension: 'bildung', score: 2, level: 1 }] }) }), 400, 'invalid-payload'],
      ['a repeated context question', () => ({ body: payloadV2({ context: [{ question: 'a', answer: 'yes' }, { question: 'a', answer: 'no' }] }) }), 400, 'invalid-payload'],
      ['a free-text context answer', () => ({ body: payloadV2({ context: [{ question: 'a', answer: 'Glasfaser seit 2024' }] }) }), 400, 'invalid-payload'],
      ['done above planned', () => ({ body: payloadV2({ plan: [{ dimension: 'bildung', planned: 1, done: 2 }] }) }), 400, 'invalid-payload'],
      ['a month in the future', () => ({ body: payloadV2({ month: '2031-01' }) }), 400, 'invalid-payload'],
      ['an upper-case key', () => ({ body: payloadV2({ key: '6F1C2B9E-3D4A-4F5B-9C1D-2E3F4A5B6C7D' }) }), 400, 'invalid-payload'],
      ['a __proto__ key', () => ({ body: `{"__proto__":{"polluted":true},${JSON.stringify(payloadV2()).slice(1)}` }), 400, 'invalid-json'],
      ['a constructor.prototype key', () => ({ body: `{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(payloadV2()).slice(1)}` }), 400, 'invalid-json'],
      ['deeply nested JSON', () => ({ body: `${'['.repeat(5000)}${']'.repeat(5000)}` }), 400, 'invalid-payload'],
      ['deeply nested JSON inside the payload', () => ({ body: JSON.stringify(payloadV2()).replace('"context":[', `"context":[${'['.repeat(3000)}${']'.repeat(3000)},`) }), 400, 'invalid-payload'],
      ['broken JSON', () => ({ body: '{"payloadVersion": 2,' }), 400, 'invalid-json'],
      ['an empty body', () => ({ body: '' }), 400, 'invalid-json'],
      ['a 17 KB body', () => ({ body: JSON.stringify(payloadV2({ padding: 'x'.repeat(17 * 1024) })) }), 413, 'too-large'],
      ['no Idempotency-Key header', () => ({ body: payloadV2(), headers: { 'idempotency-key': '' } }), 400, 'key-mismatch'],
      ['an Idempotency-Key of another payload', () => ({ body: payloadV2(), headers: { 'idempotency-key': '00000000-0000-4000-8000-000000000000' } }), 400, 'key-mismatch'],
      ['text/plain', () => ({ body: JSON.stringify(payloadV2()), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-media-type'],
      ['form encoding', () => ({ body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported-media-type'],
    ]
    it.each(cases)('%s', async (_name, make, status, code) => {
      const before = await countSubmissions(collector.db)
      const { body, headers } = make()
      const key = typeof body === 'object' && body !== null ? String((body as { key?: unknown }).key) : '00000000-0000-4000-8000-000000000001'
      const response = await collector.submit(body, { 'idempotency-key': key, ...headers })
      expect(response.status).toBe(status)
      const answer = (await response.json()) as { error: { code: string } }
      expect(answer.error.code).toBe(code)
      expect(await countSubmissions(collector.db)).toBe(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  })

  it('answers unknown paths with 404 in the error format', async () => {
    const response = await fetch(`${collector.url}/nothing`)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found')
  })
})
