import { outboxEntryShape } from '@/domain/shapes/outbox-entry'
import { runTransaction } from './transaction'

/** When the earliest pending submission is due (ISO time), or null when nothing waits. */
export async function nextPendingAttemptAt(): Promise<string | null> {
  return runTransaction(['outbox'], 'readonly', async (transaction) => {
    // The index is ordered by [status, nextAttemptAt], so the first pending key is the earliest.
    const cursor = await transaction.objectStore('outbox').index('by-status-due').openCursor(IDBKeyRange.bound(['pending', ''], ['pending', '\uffff']))
    const entry = cursor ? outboxEntryShape.read(cursor.value) : null
    return entry?.nextAttemptAt ?? null
  })
}
