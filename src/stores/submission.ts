import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { buildSubmissionPayload, type SubmissionPayload } from '@/domain/submission/payload'
import { parseSubmissionEndpoint } from '@/domain/submission/endpoint'
import type { Benchmark } from '@/domain/scoring/compare'
import { enqueue, listForAssessment } from '@/storage/outbox-repository'
import { onSendRound, sendNow, startAutoSend } from '@/outbox/auto-send'
import { fetchBenchmark } from '@/outbox/benchmark-client'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'

/** The collector configured for this installation at build time, or null (feature off). */
export const SUBMISSION_ENDPOINT = parseSubmissionEndpoint(import.meta.env.VITE_SUBMISSION_URL)

/** Opt-in anonymous submission of a completed check, its send status, and the regional benchmark. */
export const useSubmissionStore = defineStore('submission', () => {
  const entries = ref<OutboxEntry[]>([])
  const benchmark = shallowRef<Benchmark | null>(null)
  let assessmentId: string | null = null

  async function refresh(): Promise<void> {
    entries.value = assessmentId ? await listForAssessment(assessmentId) : []
  }

  if (SUBMISSION_ENDPOINT) onSendRound(() => void refresh().catch(() => undefined))

  /** Loads the send status and the benchmark for the check shown on the results page. */
  async function load(record: AssessmentRecord): Promise<void> {
    assessmentId = record.id
    benchmark.value = null
    await refresh()
    const { state, sector, employees } = record.profile
    if (!SUBMISSION_ENDPOINT || !record.result || !state || !sector || !employees) return
    benchmark.value = await fetchBenchmark(SUBMISSION_ENDPOINT, { questionnaire: record.result.questionnaire, state, sector, employees })
  }

  /** The exact payload that would be sent, with a fresh random key. */
  function preview(record: AssessmentRecord, includeDistrict: boolean, key: string): SubmissionPayload | null {
    const built = buildSubmissionPayload(record, { key, includeDistrict })
    return built.ok ? built.payload : null
  }

  /** Puts the payload the user saw into the outbox and starts sending. */
  async function send(payload: SubmissionPayload, record: AssessmentRecord): Promise<void> {
    if (!SUBMISSION_ENDPOINT) return
    const now = new Date().toISOString()
    await enqueue({ key: payload.key, assessmentId: record.id, payload, status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null, createdAt: now, sentAt: null })
    await refresh()
    startAutoSend(SUBMISSION_ENDPOINT)
    await sendNow()
  }

  return { entries, benchmark, load, preview, send, refresh }
})
