import * as yup from 'yup'
import { MAX_TEXT_LENGTH, copyJsonData, id } from './record-fields'
import { copyTimestamp, optionalTimestamp, timestamp } from './timestamps'
import type { OutboxEntry } from './types'

const outboxEntrySchema = yup.object({
  key: id(),
  assessmentId: id(),
  payload: yup.mixed().defined(),
  status: yup.string().required().oneOf(['pending', 'sent', 'failed'] as const),
  attempts: yup.number().required().integer().min(0),
  nextAttemptAt: timestamp(),
  lastError: yup.string().max(MAX_TEXT_LENGTH).nullable().defined(),
  createdAt: timestamp(),
  sentAt: optionalTimestamp(),
})

/**
 * An outbox entry rebuilt from allowed keys, or null when it is not valid. The payload must be
 * JSON data (it is sent as JSON); its own shape is the submission module's business.
 */
export function parseOutboxEntry(value: unknown): OutboxEntry | null {
  if (!outboxEntrySchema.isValidSync(value, { strict: true })) return null
  const payload = copyJsonData(value.payload)
  if (payload === undefined) return null
  return {
    key: value.key,
    assessmentId: value.assessmentId,
    payload,
    status: value.status,
    attempts: value.attempts,
    nextAttemptAt: copyTimestamp(value.nextAttemptAt),
    lastError: value.lastError,
    createdAt: copyTimestamp(value.createdAt),
    sentAt: value.sentAt === null ? null : copyTimestamp(value.sentAt),
  }
}
