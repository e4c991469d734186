import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCollector, type TestCollector } from './support/collector.ts'
import { databaseKinds } from './support/databases.ts'
import { payloadV1, payloadV2 } from './support/payloads.ts'

import type { PublishedCell } from '../src/core/types.ts'

/** The snapshot answer as the tests read it. */
interface Answer {
  snapshot: { id: number; publishedAt: string; minGroupSize: number; minDelta: number }
  questionnaire: string
  cells: PublishedCell[]
  error?: { code: string }
  groupSize?: number
}

const V2 = 'digitalisierungsgrad-check@2.0.0'
const V1 = 'digitalisierungsgrad-check@1.0.0'

describe.each(databaseKinds())('published snapshots over HTTP on %s', (kind) => {
  let collector: TestCollector
  const get = async (path: string) => {
    const response = await fetch(`${collector.url}${path}`)
    return { status: response.status, body: (await response.json()) as Answer }
  }
  const submitAll = async (payloads: Record<string, unknown>[]) => {
    for (const payload of payloads) expect((await collector.submit(payload)).status).toBe(201)
  }

  beforeAll(async () => {
    collector = await startTestCollector(kind)
  })
  afterAll(async () => {
    await collector?.dispose()
  })

  it('says no-snapshot before the first publication, and refuses a missing or malformed questionnaire', async () => {
    expect(await get(`/v2/snapshot?questionnaire=${V2}`)).toMatchObject({ status: 404, body: { error: { code: 'no-snapshot' } } })
    expect(await get('/v2/snapshot')).toMatchObject({ status: 400, body: { error: { code: 'missing-questionnaire' } } })
    expect(await get('/v2/snapshot?questionnaire=DROP%20TABLE')).toMatchObject({ status: 400, body: { error: { code: 'invalid-questionnaire' } } })
    expect(await get(`/benchmarks?questionnaire=${V1}&state=DE-BY`)).toMatchObject({ status: 404, body: { error: { code: 'group-too-small', minGroupSize: 10 } } })
    expect(await get('/benchmarks')).toMatchObject({ status: 400, body: { error: { code: 'missing-questionnaire' } } })
  })

  it('publishes v1 and v2 submissions and answers the snapshot in the agreed format', async () => {
    await submitAll(Array.from({ length: 12 }, () => payloadV2()))
    await submitAll(Array.from({ length: 11 }, (_, index) => payloadV1({ overall: { score: 40 + index, level: 3 } })))
    const report = await collector.publishNow()
    expect(report).toMatchObject({ created: true, questionnaires: 2, released: 23, waiting: 0 })

    const { status, body } = await get(`/v2/snapshot?questionnaire=${V2}`)
    expect(status).toBe(200)
    expect(body.snapshot).toEqual({ id: report.snapshot!.id, publishedAt: report.snapshot!.publishedAt, minGroupSize: 10, minDelta: 10 })
    expect(new Date(body.snapshot.publishedAt).toISOString()).toBe(body.snapshot.publishedAt)
    expect(body.questionnaire).toBe(V2)
    const stateSector = body.cells.find((cell) => cell.breakdown === 'state-sector')
    expect(stateSector).toEqual({
      breakdown: 'state-sector',
      group: { state: 'DE-NI', sectorGroup: 'handwerk-bau' },
      period: 'all',
      n: 12,
      overall: { mean: 42, median: 42, q1: 42, q3: 42, levels: [0, 0, 100, 0, 0] },
      dimensions: {
        bildung: { n: 12, mean: 50, median: 50, q1: 50, q3: 50, levels: [0, 0, 100, 0, 0] },
        reifegrad: { n: 12, mean: 35, median: 35, q1: 35, q3: 35, levels: [0, 100, 0, 0, 0] },
      },
      context: { 'bb-available-at-address': { fibre: 100 } },
      plan: { reifegrad: { planned: 48, done: 24 } },
    })
    expect(body.cells.map((cell) => cell.breakdown)).toEqual(['national', 'national', 'state', 'state', 'sector', 'size', 'state-sector', 'state-size', 'district', 'campaign'])
  })

  it('answers the v1 benchmark from the snapshot: the matching cell, or group-too-small', async () => {
    const { status, body } = await get(`/benchmarks?questionnaire=${V1}&state=DE-BY&sector=hw-elektro-metall`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ questionnaire: V1, filters: { state: 'DE-BY', sector: 'hw-elektro-metall' }, groupSize: 11, overall: 45, dimensions: { bildung: 35 } })
    expect((await get(`/benchmarks?questionnaire=${V1}`)).body.groupSize).toBe(11)
    // All three filters make no published breakdown; an unknown value names no group.
    for (const query of ['&state=DE-BY&sector=hw-kfz&employees=10-49', '&state=DE-NI', '&sector=nonsense']) {
      expect(await get(`/benchmarks?questionnaire=${V1}${query}`)).toMatchObject({ status: 404, body: { error: { code: 'group-too-small' } } })
    }
  })

  it('never answers from live data: a new submission changes nothing until published, and then only with nine others', async () => {
    const before = await get(`/v2/snapshot?questionnaire=${V2}`)
    const benchmarkBefore = await get(`/benchmarks?questionnaire=${V2}&state=DE-NI`)
    await submitAll([payloadV2({ overall: { score: 99, level: 5 } })])
    expect(await get(`/v2/snapshot?questionnaire=${V2}`)).toEqual(before)
    const report = await collector.publishNow()
    expect(report).toMatchObject({ created: false, waiting: 1 })
    expect(await get(`/v2/snapshot?questionnaire=${V2}`)).toEqual(before)
    expect(await get(`/benchmarks?questionnaire=${V2}&state=DE-NI`)).toEqual(benchmarkBefore)

    await submitAll(Array.from({ length: 9 }, () => payloadV2()))
    expect((await collector.publishNow()).created).toBe(true)
    const after = await get(`/v2/snapshot?questionnaire=${V2}`)
    const national = (cells: PublishedCell[]) => cells.find((cell) => cell.breakdown === 'national' && cell.period === 'all')!
    expect(national(after.body.cells).n - national(before.body.cells).n).toBe(10)
    expect(after.body.snapshot.id).toBeGreaterThan(before.body.snapshot.id)
  })

  it('keeps published snapshots unchangeable in the database', async () => {
    await expect(collector.db.query("UPDATE snapshot_cells SET n = 1 WHERE breakdown = 'national'")).rejects.toThrow(/never change/)
    await expect(collector.db.query('UPDATE snapshots SET min_group_size = 1')).rejects.toThrow(/never change/)
  })
})

describe.each(databaseKinds())('retention on %s', (kind) => {
  it('deletes submissions received before the retention period once they can leave the figures safely', async () => {
    let clock = new Date('2023-01-15T10:00:00Z')
    const collector = await startTestCollector(kind, { now: () => clock })
    try {
      for (let index = 0; index < 10; index += 1) expect((await collector.submit(payloadV2({ month: '2023-01' }))).status).toBe(201)
      clock = new Date('2026-11-29T10:00:00Z')
      for (let index = 0; index < 12; index += 1) expect((await collector.submit(payloadV2())).status).toBe(201)
      expect((await collector.publishNow()).released).toBe(22)
      const { publishSnapshot } = await import('../src/jobs/publish-job.ts')
      const report = await publishSnapshot(collector.db, { now: clock, retentionMonths: 36 })
      expect(report).toMatchObject({ created: true, deleted: 10, heldBack: 0 })
      const months = await collector.db.query<{ received_month: string }>('SELECT DISTINCT received_month FROM submissions')
      expect(months).toEqual([{ received_month: '2026-11' }])
    } finally {
      await collector.dispose()
    }
  })
})
