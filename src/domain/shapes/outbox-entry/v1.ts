import { MAX_TEXT_LENGTH, recordId, timestamp } from '../../schema/fields'
import { custom, nullable, number, object, oneOf, report, string, type Infer } from '../../schema/kit'
import { copyJsonData } from '../json-data'

/**
 * One anonymous submission waiting in (or done with) the outbox, version 1 as released. Version 1
 * was written without a version field; the ladder reads its absence as 1.
 * `pending`: waiting for its next attempt at `nextAttemptAt` (also after a failed attempt that will
 * be retried); `sent`: accepted by the collector; `failed`: given up, no further attempts.
 */
export const outboxEntrySchemaV1 = object({
  /** Random idempotency key made at send time; the collector accepts each key once. */
  key: recordId(),
  assessmentId: recordId(),
  /** The exact anonymous payload the user saw and agreed to send; its shape is the payload's business. */
  payload: custom<unknown>((value, path, context) => {
    const copy = copyJsonData(value)
    return copy === undefined ? report(context, path, 'invalid-value') : copy
  }),
  status: oneOf(['pending', 'sent', 'failed'] as const),
  attempts: number({ min: 0, integer: true }),
  nextAttemptAt: timestamp(),
  lastError: nullable(string({ max: MAX_TEXT_LENGTH })),
  createdAt: timestamp(),
  sentAt: nullable(timestamp()),
})

export type OutboxEntryV1 = Infer<typeof outboxEntrySchemaV1>
