import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import { companySchema, companyShape } from '@/domain/shapes/company'
import { assessmentStores, putAssessment, removalStores, removeAssessment } from './assessment-writes'
import { planSchema, planShape, type PlanRecord } from '@/domain/shapes/plan'
import { StorageError } from './errors'
import { reportCorruptRecord, runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { noticeAssessmentsDeleted, noticeAssessmentWritten } from './write-notices'
import { announceChange } from './change-broadcast'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'

/**
 * Client businesses (consultant mode). Deleting a company never leaves its checks pointing at
 * nothing, and never deletes them silently: it is refused while checks exist, unless the caller
 * asks to delete them too (`withChecks`), which happens in the same transaction.
 */

/** What a company deletion removed, for an undo through `restoreCompany`. */
export interface DeletedCompany {
  company: CompanyRecord
  assessments: AssessmentRecord[]
  plans: PlanRecord[]
}

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/**
 * Stores a new company (`basedOn` null) or an edit of a stored one (`basedOn`: the `updatedAt` of
 * the version the form was filled from); returns the stored copy. When another tab changed or
 * deleted the company in the meantime, nothing is written and `company-changed-elsewhere` or
 * `company-deleted-elsewhere` is thrown: an edit never silently reverts another, and a form never
 * brings back a deleted company.
 */
export async function saveCompany(record: CompanyRecord, basedOn: string | null): Promise<CompanyRecord> {
  const company = validCompany(record)
  await runTransaction(['companies'], 'readwrite', async (transaction) => {
    const store = transaction.objectStore('companies')
    const stored = await store.get(company.id)
    const storedAt = stored === undefined ? null : (companyShape.read(stored)?.updatedAt ?? null)
    if (basedOn === null && stored !== undefined) throw new StorageError('company-changed-elsewhere', `Company ${company.id} exists already`)
    if (basedOn !== null && stored === undefined) throw new StorageError('company-deleted-elsewhere', `Company ${company.id} was deleted`)
    if (basedOn !== null && storedAt !== basedOn) throw new StorageError('company-changed-elsewhere', `Company ${company.id} changed since ${basedOn}`)
    await store.put(company)
  })
  announceChange({ kind: 'company-saved', id: company.id })
  return company
}

/** The stored company, validated; null when there is none or it is damaged (then also reported). */
export async function getCompany(id: string): Promise<CompanyRecord | null> {
  return runTransaction(['companies'], 'readonly', async (transaction) => {
    const stored = await transaction.objectStore('companies').get(id)
    if (stored === undefined) return null
    const company = companyShape.read(stored)
    if (!company) reportCorruptRecord('companies', id)
    return company
  })
}

/** All companies sorted by name as a German reader expects (Ä with A, "10" after "9"). */
export async function listCompanies(): Promise<CompanyRecord[]> {
  const stored = await runTransaction(['companies'], 'readonly', (transaction) =>
    transaction.objectStore('companies').getAll(),
  )
  const companies: CompanyRecord[] = []
  for (const value of stored) {
    const company = companyShape.read(value)
    if (company) companies.push(company)
    else reportCorruptRecord('companies', String((value as { id?: unknown }).id))
  }
  // Index order is by UTF-16 code unit ("Z" before "Ä"), so the sort happens here.
  return companies.sort((a, b) => byName.compare(a.name, b.name))
}

/** How many checks belong to a company (e.g. to word the delete confirmation). */
export async function countChecksOfCompany(companyId: string): Promise<number> {
  return runTransaction(['assessments'], 'readonly', (transaction) =>
    transaction.objectStore('assessments').index('by-company').count(companyId),
  )
}

/**
 * Deletes a company; with `withChecks` its checks too, all in one transaction. Throws `company-has-checks`
 * when it still has checks and `withChecks` is not set. Returns what was deleted (null if nothing).
 */
export async function deleteCompany(id: string, options: { withChecks?: boolean } = {}): Promise<DeletedCompany | null> {
  let removedIds: string[] = []
  let remaining = 0
  const deleted = await runTransaction(['companies', 'assessments', 'summaries', 'plans'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('companies').get(id)
    if (stored === undefined) return null
    const checks = await transaction.objectStore('assessments').index('by-company').getAll(id)
    if (checks.length > 0 && !options.withChecks) {
      throw new StorageError('company-has-checks', `Company ${id} still has ${checks.length} checks`, { params: { count: checks.length } })
    }
    const storedPlans = await transaction.objectStore('plans').index('by-company').getAll(id)
    const stores = removalStores(transaction)
    for (const check of checks) await removeAssessment(stores, check.id)
    await transaction.objectStore('companies').delete(id)
    removedIds = checks.map((check) => check.id)
    remaining = await transaction.objectStore('summaries').count()
    const company = companyShape.read(stored)
    if (!company) return null
    const assessments = checks.map(assessmentShape.read).filter((check) => check !== null)
    const plans = storedPlans.map(planShape.read).filter((plan) => plan !== null)
    return { company, assessments, plans }
  })
  if (removedIds.length > 0) noticeAssessmentsDeleted(removedIds, remaining)
  if (deleted) announceChange({ kind: 'company-deleted', id })
  return deleted
}

/** Puts a deleted company and its checks back, all or nothing. */
export async function restoreCompany(deleted: DeletedCompany): Promise<void> {
  const company = validCompany(deleted.company)
  const assessments = deleted.assessments.map((check) =>
    validatedForWrite(check, assessmentSchema, `assessment ${String(check.id)}`),
  )
  if (assessments.some((check) => check.companyId !== company.id)) {
    throw new StorageError('invalid', `Refusing to restore checks of another company with ${company.id}`)
  }
  const plans = deleted.plans.map((plan) => validatedForWrite(plan, planSchema, `plan of ${String(plan.assessmentId)}`))
  if (plans.some((plan) => !assessments.some((check) => check.id === plan.assessmentId))) {
    throw new StorageError('invalid', `Refusing to restore a plan without its check with ${company.id}`)
  }
  await runTransaction(['companies', 'assessments', 'summaries', 'plans'], 'readwrite', async (transaction) => {
    await transaction.objectStore('companies').put(company)
    const stores = assessmentStores(transaction)
    for (const check of assessments) await putAssessment(stores, check)
    for (const plan of plans) await transaction.objectStore('plans').put(plan)
  })
  for (const check of assessments) noticeAssessmentWritten(check.id, 'assessment-saved')
  announceChange({ kind: 'company-saved', id: company.id })
}

function validCompany(record: CompanyRecord): CompanyRecord {
  return validatedForWrite(record, companySchema, `company ${String(record.id)}`)
}
