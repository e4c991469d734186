import { runTransaction } from './transaction'

/**
 * How many checks are stored. Kept apart from the repository so the app shell can ask at start
 * (to notice data the browser removed) without loading the record validation with it.
 */
export async function countAssessments(): Promise<number> {
  return runTransaction(['summaries'], 'readonly', (transaction) => transaction.objectStore('summaries').count())
}
