import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { enqueue, listForAssessment } from '@/storage/outbox-repository'
import { sendDueSubmissions, type SenderDeps } from '@/outbox/submission-sender'
import { fetchBenchmark } from '@/outbox/benchmark-client'
import { parseSubmissionEndpoint } from '@/domain/submission/endpoint'
import type { OutboxEntry } from '@/domain/assessment/types'
import { startCollector, type RunningCollector } from '../../collector/collector'
import { useFreshDatabase } from '../storage/storage-test-helpers'

const KEY = '0b5a6c1e-9f2d-4e3a-8b7c-1d2e3f4a5b6c'
const payload = (key: string, state = 'DE-BY') => ({
  payloadVersion: 1, key, questionnaire: 'digitalisierungsgrad-check@1.0.0', month: '2026-11', state,
  sector: 'hw-elektro-metall', employees: '10-49', overall: { score: 41, level: 3 },
  dimensions: [{ dimension: 'bildung', score: 30, level: 2 }],
})
const entry = (key: string, body: unknown = payload(key)): OutboxEntry => ({
  key, assessmentId: 'a1', payload: body, status: 'pending', attempts: 0,
  nextAttemptAt: '2026-11-21T10:00:00.000Z', lastError: null, createdAt: '2026-11-21T10:00:00.000Z', sentAt: null,
})

describe('outbox sender against the reference collector on 127.0.0.1', () => {
  useFreshDatabase()
  let collector: RunningCollector | null = null
  const dir = mkdtempSync(join(tmpdir(), 'reifegrad-collector-'))
  afterEach(async () => {
    await collector?.close()
    collector = null
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  let clock = new Date('2026-11-21T10:00:00.000Z')
  const deps = (url: string): SenderDeps => ({ endpoint: parseSubmissionEndpoint(url)!, fetch, now: () => clock })
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms))

  it('retries a collector that is down, then fails twice and drops an answer after storing, and stores exactly once', async () => {
    clock = new Date('2026-11-21T10:00:00.000Z')
    const dataFile = join(dir, 'faults.json')
    collector = await startCollector({ dataFile })
    const url = collector.url
    await collector.close()
    await enqueue(entry(KEY))

    // Offline: the collector is not there.
    expect(await sendDueSubmissions(deps(url))).toEqual({ sent: 0, retried: 1, failed: 0 })
    let [state] = await listForAssessment('a1')
    expect(state).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-21T10:00:05.000Z' })
    // Not due yet: nothing is sent.
    expect(await sendDueSubmissions(deps(url))).toEqual({ sent: 0, retried: 0, failed: 0 })

    collector = await startCollector({ dataFile, port: Number(new URL(url).port), faults: { failFirst: 2, dropResponseOn: [3] } })
    for (let round = 0; round < 6 && state?.status === 'pending'; round += 1) {
      advance(5 * 60 * 1000)
      await sendDueSubmissions(deps(url))
      ;[state] = await listForAssessment('a1')
    }
    expect(state).toMatchObject({ status: 'sent', lastError: null })
    expect(collector.attempts()).toBe(4)
    expect(collector.submissions().map((item) => item.key)).toEqual([KEY])
    expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toHaveLength(1)
  })

  it('a 400 is a permanent failure with the collector message', async () => {
    collector = await startCollector({ dataFile: join(dir, 'reject.json') })
    await enqueue(entry(KEY, { ...payload(KEY), state: 'Bavaria' }))
    expect(await sendDueSubmissions(deps(collector.url))).toEqual({ sent: 0, retried: 0, failed: 1 })
    const [state] = await listForAssessment('a1')
    expect(state?.status).toBe('failed')
    expect(state?.lastError).toContain('HTTP 400')
    expect(collector.submissions()).toEqual([])
  })

  it('benchmarks come with their group size, and not at all for groups under 10', async () => {
    collector = await startCollector({ dataFile: join(dir, 'bench.json') })
    const endpoint = parseSubmissionEndpoint(collector.url)!
    const query = { questionnaire: 'digitalisierungsgrad-check@1.0.0', state: 'DE-BY', sector: 'hw-elektro-metall', employees: '10-49' }
    for (let index = 0; index < 9; index += 1) {
      const key = `0b5a6c1e-9f2d-4e3a-8b7c-1d2e3f4a5b${String(index).padStart(2, '0')}`
      await enqueue(entry(key))
    }
    clock = new Date('2026-11-21T10:00:00.000Z')
    await sendDueSubmissions(deps(collector.url))
    expect(collector.submissions()).toHaveLength(9)
    expect(await fetchBenchmark(endpoint, query)).toBeNull()
    await enqueue(entry(KEY))
    await sendDueSubmissions(deps(collector.url))
    expect(await fetchBenchmark(endpoint, query)).toEqual({ groupSize: 10, overall: 41, dimensions: { bildung: 30 } })
    expect(await fetchBenchmark(endpoint, { ...query, state: 'DE-NI' })).toBeNull()
  })
})
