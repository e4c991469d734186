import { afterEach, describe, expect, it } from 'vitest'
import { enqueue, listForAssessment } from '@/storage/outbox-repository'
import { sendDueSubmissions, type SenderDeps } from '@/outbox/submission-sender'
import { fetchSnapshot } from '@/outbox/lagebild-client'
import { parseSubmissionEndpoint } from '@/domain/submission/endpoint'
import { fittingCell, positionInCell } from '@/domain/lagebild/position'
import { startCollectorBehindProxy, type CollectorBehindProxy } from '../../e2e/support/collector-behind-proxy'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'
import type { AssessmentResult } from '@/domain/shapes/result'

/*
 * The outbox sender against the real collector (collector/, on an embedded PGlite database),
 * behind a small proxy on 127.0.0.1 that can answer 503 or drop a connection after the collector
 * stored a submission. Starting the collector takes a few seconds on a busy machine: the tests
 * wait for it, they never sleep for a fixed time.
 */
const TIMEOUT = 120_000
const QUESTIONNAIRE = 'digitalisierungsgrad-check@2.0.0'
const KEY = '0b5a6c1e-9f2d-4e3a-8b7c-1d2e3f4a5b6c'
const payload = (key: string, state = 'DE-BY') => ({
  payloadVersion: 2, key, questionnaire: QUESTIONNAIRE, month: '2026-11', state,
  sectorGroup: 'handwerk-produktion', employees: '10-49', overall: { score: 41, level: 3 },
  dimensions: [{ dimension: 'bildung', score: 30, level: 2 }],
})
const entry = (key: string, body: unknown = payload(key)): OutboxEntry => ({
  key, assessmentId: 'a1', payload: body, status: 'pending', attempts: 0,
  nextAttemptAt: '2026-11-21T10:00:00.000Z', lastError: null, createdAt: '2026-11-21T10:00:00.000Z', sentAt: null,
})

describe('outbox sender against the real collector on 127.0.0.1', () => {
  useFreshDatabase()
  let running: CollectorBehindProxy | null = null
  afterEach(async () => {
    await running?.close()
    running = null
  }, TIMEOUT)

  let clock = new Date('2026-11-21T10:00:00.000Z')
  const deps = (url: string): SenderDeps => ({ endpoint: parseSubmissionEndpoint(url)!, fetch, now: () => clock })
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms))

  it('retries a collector that is down, then through two refusals and an answer lost after storing, and stores exactly once', { timeout: TIMEOUT }, async () => {
    clock = new Date('2026-11-21T10:00:00.000Z')
    // A collector that was there and is gone: its address answers nothing.
    const gone = await startCollectorBehindProxy('http://127.0.0.1')
    const deadUrl = gone.url
    await gone.close()
    await enqueue(entry(KEY))

    // Offline: the collector is not there.
    expect(await sendDueSubmissions(deps(deadUrl))).toEqual({ sent: 0, retried: 1, failed: 0 })
    let [state] = await listForAssessment('a1')
    expect(state).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-21T10:00:05.000Z' })
    // Not due yet: nothing is sent.
    expect(await sendDueSubmissions(deps(deadUrl))).toEqual({ sent: 0, retried: 0, failed: 0 })

    running = await startCollectorBehindProxy('http://127.0.0.1')
    running.setFaults({ failFirst: 2, dropResponseOn: [3] })
    for (let round = 0; round < 6 && state?.status === 'pending'; round += 1) {
      advance(5 * 60 * 1000)
      await sendDueSubmissions(deps(running.url))
      ;[state] = await listForAssessment('a1')
    }
    expect(state).toMatchObject({ status: 'sent', lastError: null })
    // Two refused, one stored whose answer was lost, one answered "already stored".
    expect(running.attempts()).toBe(4)
    expect(await running.storedKeys()).toEqual([KEY])
  })

  it('a 400 is a permanent failure with the collector message', { timeout: TIMEOUT }, async () => {
    running = await startCollectorBehindProxy('http://127.0.0.1')
    await enqueue(entry(KEY, { ...payload(KEY), state: 'Bavaria' }))
    expect(await sendDueSubmissions(deps(running.url))).toEqual({ sent: 0, retried: 0, failed: 1 })
    const [state] = await listForAssessment('a1')
    expect(state?.status).toBe('failed')
    expect(state?.lastError).toContain('HTTP 400')
    expect(await running.storedKeys()).toEqual([])
  })

  it('the regional figures come with their group size, and not at all for a group under ten', { timeout: TIMEOUT }, async () => {
    running = await startCollectorBehindProxy('http://127.0.0.1')
    const endpoint = parseSubmissionEndpoint(running.url)!
    for (let index = 0; index < 9; index += 1) await enqueue(entry(`0b5a6c1e-9f2d-4e3a-8b7c-1d2e3f4a5b${String(index).padStart(2, '0')}`))
    clock = new Date('2026-11-21T10:00:00.000Z')
    await sendDueSubmissions(deps(running.url))
    expect(await running.storedKeys()).toHaveLength(9)
    await running.collector.publishNow()
    const early = await fetchSnapshot(endpoint, QUESTIONNAIRE)
    expect(early?.cells ?? []).toEqual([])

    await enqueue(entry(KEY))
    await sendDueSubmissions(deps(running.url))
    await running.collector.publishNow()
    const snapshot = await fetchSnapshot(endpoint, QUESTIONNAIRE)
    expect(snapshot).not.toBeNull()
    const profile = { state: 'DE-BY', sector: 'hw-metall', employees: '10-49' } as const
    const cell = fittingCell(snapshot!, profile)
    expect(cell).toMatchObject({ period: 'all', n: 10 })
    expect(cell!.overall.median).toBe(41)
    const own: AssessmentResult = {
      engineVersion: '2.0.0', questionnaire: QUESTIONNAIRE,
      overall: { score: 60, level: 4, completeness: 1, answered: 1, notApplicable: 0, visible: 1 },
      dimensions: [{ dimension: 'bildung', score: 30, level: 2, completeness: 1, answered: 1, notApplicable: 0, visible: 1 }],
      topics: [],
    }
    expect(positionInCell(own, cell!)[0]).toMatchObject({ dimension: null, own: 60, placement: 'above' })
    // Another state has no published group: the business is compared with a coarser one or none.
    expect(fittingCell(snapshot!, { ...profile, state: 'DE-NI' })?.group.state).toBeUndefined()
  })
})
