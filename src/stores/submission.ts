import { defineStore } from 'pinia'
import { ref } from 'vue'
import { buildSubmissionPayload, type PayloadOptions, type PayloadProblem } from '@/domain/submission/payload'
import type { SubmissionPayload } from '@/domain/shapes/submission-payload'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { enqueue, listForAssessment } from '@/storage/outbox-repository'
import { onSendRound, sendNow, startAutoSend } from '@/outbox/auto-send'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'
import { SUBMISSION_ENDPOINT } from './submission-endpoint'

export { SUBMISSION_ENDPOINT }

export type PayloadPreview = { ok: true; payload: SubmissionPayload } | { ok: false; problem: PayloadProblem }

/** Opt-in anonymous submission of a completed check and its send status. */
export const useSubmissionStore = defineStore('submission', () => {
  const entries = ref<OutboxEntry[]>([])
  let assessmentId: string | null = null

  async function refresh(): Promise<void> {
    entries.value = assessmentId ? await listForAssessment(assessmentId) : []
  }

  if (SUBMISSION_ENDPOINT) onSendRound(() => void refresh().catch(() => undefined))

  /** Loads the send status of the check shown on the results page. */
  async function load(record: AssessmentRecord): Promise<void> {
    assessmentId = record.id
    await refresh()
  }

  /** The exact payload that would be sent (with the caller's random key), or why there is none. */
  function preview(record: AssessmentRecord, questionnaire: Questionnaire, options: PayloadOptions): PayloadPreview {
    return buildSubmissionPayload(record, questionnaire, options)
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

  return { entries, load, preview, send, refresh }
})
