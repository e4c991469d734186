import type { IDBPObjectStore } from 'idb'
import { toSummary } from '@/domain/assessment/assessment-summary'
import type { ReifegradSchema, ReifegradStoreName } from './schema'
import type { AssessmentRecord } from '@/domain/shapes/assessment'

/**
 * The two stores an assessment lives in, inside one readwrite transaction. Writes go through here
 * so that an assessment is never written without its summary (lists read only summaries).
 */
export interface AssessmentStores {
  assessments: IDBPObjectStore<ReifegradSchema, ReifegradStoreName[], 'assessments', 'readwrite'>
  summaries: IDBPObjectStore<ReifegradSchema, ReifegradStoreName[], 'summaries', 'readwrite'>
}

/** A deletion also removes the check's plan, so it needs that store as well. */
export type RemovalStores = AssessmentStores & {
  plans: IDBPObjectStore<ReifegradSchema, ReifegradStoreName[], 'plans', 'readwrite'>
}

interface HasAssessmentStores {
  objectStore(name: 'assessments'): AssessmentStores['assessments']
  objectStore(name: 'summaries'): AssessmentStores['summaries']
}

interface HasRemovalStores {
  objectStore(name: 'assessments'): AssessmentStores['assessments']
  objectStore(name: 'summaries'): AssessmentStores['summaries']
  objectStore(name: 'plans'): RemovalStores['plans']
}

/** The assessment stores of a readwrite transaction that includes both. */
export function assessmentStores(transaction: HasAssessmentStores): AssessmentStores {
  return { assessments: transaction.objectStore('assessments'), summaries: transaction.objectStore('summaries') }
}

/** The stores a deletion touches, of a readwrite transaction that includes all three. */
export function removalStores(transaction: HasRemovalStores): RemovalStores {
  return { assessments: transaction.objectStore('assessments'), summaries: transaction.objectStore('summaries'), plans: transaction.objectStore('plans') }
}

// The requests below are awaited one after the other on purpose: if the second one throws at
// once (e.g. QuotaExceededError), the first one's promise has already settled instead of
// rejecting unobserved when the transaction is aborted.

/** Puts an (already validated, plain) assessment and its summary. */
export async function putAssessment(stores: AssessmentStores, record: AssessmentRecord): Promise<void> {
  await stores.assessments.put(record)
  await stores.summaries.put(toSummary(record))
}

/** Deletes an assessment, its summary and its plan. */
export async function removeAssessment(stores: RemovalStores, id: string): Promise<void> {
  await stores.assessments.delete(id)
  await stores.summaries.delete(id)
  await stores.plans.delete(id)
}
