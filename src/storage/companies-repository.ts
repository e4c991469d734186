import { parseAssessmentRecord, parseCompanyRecord } from '@/domain/assessment/record-validation'
import type { AssessmentRecord, CompanyRecord } from '@/domain/assessment/types'
import { assessmentStores, putAssessment, removeAssessment } from './assessment-writes'
import { StorageError } from './errors'
import { reportCorruptRecord, runTransaction, validatedForWrite } from './transaction'
import { noticeAssessmentsDeleted, noticeAssessmentWritten } from './write-notices'

/**
 * Client businesses (consultant mode). Deleting a company never leaves its checks pointing at
 * nothing, and never deletes them silently: it is refused while checks exist, unless the caller
 * asks to delete them too (`withChecks`), which happens in the same transaction.
 */

/** What a company deletion removed, for an undo through `restoreCompany`. */
export interface DeletedCompany {
  company: CompanyRecord
  assessments: AssessmentRecord[]
}

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** Stores a new or changed company; returns the stored copy. */
export async function saveCompany(record: CompanyRecord): Promise<CompanyRecord> {
  const company = validCompany(record)
  return runTransaction(['companies'], 'readwrite', async (transaction) => {
    await transaction.objectStore('companies').put(company)
    return company
  })
}

/** The stored company, validated; null when there is none or it is damaged (then also reported). */
export async function getCompany(id: string): Promise<CompanyRecord | null> {
  return runTransaction(['companies'], 'readonly', async (transaction) => {
    const stored = await transaction.objectStore('companies').get(id)
    if (stored === undefined) return null
    const company = parseCompanyRecord(stored)
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
    const company = parseCompanyRecord(value)
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
 * Deletes a company; with `withChecks` its checks too, all in one transaction. Throws `conflict`
 * when it still has checks and `withChecks` is not set. Returns what was deleted (null if nothing).
 */
export async function deleteCompany(id: string, options: { withChecks?: boolean } = {}): Promise<DeletedCompany | null> {
  let removedIds: string[] = []
  let remaining = 0
  const deleted = await runTransaction(['companies', 'assessments', 'summaries'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('companies').get(id)
    if (stored === undefined) return null
    const checks = await transaction.objectStore('assessments').index('by-company').getAll(id)
    if (checks.length > 0 && !options.withChecks) {
      throw new StorageError('conflict', `Company ${id} still has ${checks.length} checks`, {
        userMessage: {
          de: `Zu diesem Betrieb gibt es noch ${checks.length} Checks. Löschen Sie den Betrieb zusammen mit seinen Checks oder löschen Sie die Checks zuerst.`,
          en: `This business still has ${checks.length} checks. Delete the business together with its checks, or delete the checks first.`,
        },
      })
    }
    const stores = assessmentStores(transaction)
    for (const check of checks) await removeAssessment(stores, check.id)
    await transaction.objectStore('companies').delete(id)
    removedIds = checks.map((check) => check.id)
    remaining = await transaction.objectStore('summaries').count()
    const company = parseCompanyRecord(stored)
    if (!company) return null
    const assessments = checks.map(parseAssessmentRecord).filter((check) => check !== null)
    return { company, assessments }
  })
  if (removedIds.length > 0) noticeAssessmentsDeleted(removedIds, remaining)
  return deleted
}

/** Puts a deleted company and its checks back, all or nothing. */
export async function restoreCompany(deleted: DeletedCompany): Promise<void> {
  const company = validCompany(deleted.company)
  const assessments = deleted.assessments.map((check) =>
    validatedForWrite(check, parseAssessmentRecord, `assessment ${String(check.id)}`),
  )
  if (assessments.some((check) => check.companyId !== company.id)) {
    throw new StorageError('invalid', `Refusing to restore checks of another company with ${company.id}`)
  }
  await runTransaction(['companies', 'assessments', 'summaries'], 'readwrite', async (transaction) => {
    await transaction.objectStore('companies').put(company)
    const stores = assessmentStores(transaction)
    for (const check of assessments) await putAssessment(stores, check)
  })
  for (const check of assessments) noticeAssessmentWritten(check.id, 'assessment-saved')
}

function validCompany(record: CompanyRecord): CompanyRecord {
  return validatedForWrite(record, parseCompanyRecord, `company ${String(record.id)}`)
}
