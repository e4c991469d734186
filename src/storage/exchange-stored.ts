import { assessmentShape } from '@/domain/shapes/assessment'
import { companyShape } from '@/domain/shapes/company'
import type { ExistingAssessment } from '@/domain/exchange/plan-import'
import { reportCorruptRecord } from './transaction'
import type { CompanyRecord } from '@/domain/shapes/company'
import { planShape, type PlanRecord } from '@/domain/shapes/plan'

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
    const company = companyShape.read(value)
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
    const record = assessmentShape.read(value)
    if (record) found.set(id, { updatedAt: record.updatedAt, status: record.status, companyId: record.companyId, record })
    else reportCorruptRecord('assessments', id)
  })
  return found
}

/** The stored plans of these checks (those that exist and are valid). */
export async function storedPlans(store: ReadableStore, assessmentIds: Iterable<string>): Promise<Map<string, PlanRecord>> {
  const found = new Map<string, PlanRecord>()
  const unique = [...new Set(assessmentIds)]
  const values = await Promise.all(unique.map((id) => store.get(id)))
  unique.forEach((id, index) => {
    const value = values[index]
    if (value === undefined) return
    const plan = planShape.read(value)
    if (plan) found.set(id, plan)
    else reportCorruptRecord('plans', id)
  })
  return found
}
