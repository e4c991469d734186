import { parseAssessmentRecord, parseCompanyRecord } from '@/domain/assessment/record-validation'
import type { CompanyRecord } from '@/domain/assessment/types'
import type { ExistingAssessment } from '@/domain/exchange/plan-import'
import { reportCorruptRecord } from './transaction'

/**
 * Reads the stored counterparts of imported records inside the caller's transaction. A damaged
 * stored record counts as absent (and is reported): the import may then replace it with a valid one.
 */

/** Any object store of a transaction, read or write (only `get` is used). */
interface ReadableStore {
  get(key: string): Promise<unknown>
}

/** The stored companies with these ids (those that exist and are valid). */
export async function storedCompanies(store: ReadableStore, ids: Iterable<string>): Promise<Map<string, CompanyRecord>> {
  const found = new Map<string, CompanyRecord>()
  const unique = [...new Set(ids)]
  // All requests at once: they queue in the one transaction, which is faster than one after another.
  const values = await Promise.all(unique.map((id) => store.get(id)))
  unique.forEach((id, index) => {
    const value = values[index]
    if (value === undefined) return
    const company = parseCompanyRecord(value)
    if (company) found.set(id, company)
    else reportCorruptRecord('companies', id)
  })
  return found
}

/** The stored assessments with these ids, with the whole record to recognise identical copies. */
export async function storedAssessments(store: ReadableStore, ids: Iterable<string>): Promise<Map<string, ExistingAssessment>> {
  const found = new Map<string, ExistingAssessment>()
  const unique = [...new Set(ids)]
  const values = await Promise.all(unique.map((id) => store.get(id)))
  unique.forEach((id, index) => {
    const value = values[index]
    if (value === undefined) return
    const record = parseAssessmentRecord(value)
    if (record) found.set(id, { updatedAt: record.updatedAt, status: record.status, record })
    else reportCorruptRecord('assessments', id)
  })
  return found
}
