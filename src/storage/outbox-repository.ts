import { outboxEntrySchema, outboxEntryShape } from '@/domain/shapes/outbox-entry'
import { StorageError } from './errors'
import { notFound, reportCorruptRecord, runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { normalizeTimestamp } from '@/domain/timestamps'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'

/**
 * The submission outbox: anonymous payloads waiting to be sent, one entry per idempotency key.
 * Only the outbox module reads and writes it; retries and backoff are its business, this file
 * only keeps the entries.
 */

function validEntry(entry: OutboxEntry): OutboxEntry {
  return validatedForWrite(entry, outboxEntrySchema, `outbox entry ${String(entry.key)}`)
}

function parseAll(values: unknown[]): OutboxEntry[] {
  const entries: OutboxEntry[] = []
  for (const value of values) {
    const entry = outboxEntryShape.read(value)
    if (entry) entries.push(entry)
    else reportCorruptRecord('outbox', String((value as { key?: unknown }).key))
  }
  return entries
}

/** Adds an entry; false (and nothing changed) when an entry with its key already exists. */
export async function enqueue(entry: OutboxEntry): Promise<boolean> {
  const valid = validEntry(entry)
  return runTransaction(['outbox'], 'readwrite', async (transaction) => {
    const store = transaction.objectStore('outbox')
    // Each key is sent at most once: a second enqueue of the same key must not reset its state.
    if ((await store.getKey(valid.key)) !== undefined) return false
    await store.add(valid)
    return true
  })
}

/** Pending entries whose next attempt is due at `now`, earliest first. */
export async function listDue(now: string): Promise<OutboxEntry[]> {
  const until = normalizeTimestamp(now)
  if (until === null) throw new StorageError('invalid', `Invalid time ${now}`)
  const values = await runTransaction(['outbox'], 'readonly', (transaction) =>
    transaction.objectStore('outbox').index('by-status-due').getAll(IDBKeyRange.bound(['pending', ''], ['pending', until])),
  )
  return parseAll(values)
}

/** Writes the new state of an existing entry (after an attempt); `not-found` if it is gone. */
export async function update(entry: OutboxEntry): Promise<OutboxEntry> {
  const valid = validEntry(entry)
  return runTransaction(['outbox'], 'readwrite', async (transaction) => {
    const store = transaction.objectStore('outbox')
    if ((await store.getKey(valid.key)) === undefined) throw notFound('outbox', valid.key)
    await store.put(valid)
    return valid
  })
}

/** Every entry of one assessment (to show whether and when it was sent), oldest first. */
export async function listForAssessment(assessmentId: string): Promise<OutboxEntry[]> {
  const values = await runTransaction(['outbox'], 'readonly', (transaction) =>
    transaction.objectStore('outbox').index('by-assessment').getAll(assessmentId),
  )
  // Canonical ISO strings sort like time when compared as plain strings.
  return parseAll(values).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
}
