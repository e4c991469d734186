import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import { companySchema, companyShape } from '@/domain/shapes/company'
import type { ExportFile } from '@/domain/shapes/export-file'
import {
  decideAssessment,
  decideCompany,
  decidePlan,
  type ExistingRecords,
  type ImportDecision,
  type ImportPlan,
  type ImportTarget,
} from '@/domain/exchange/plan-import'
import { toSummary } from '@/domain/assessment/assessment-summary'
import { assessmentStores } from './assessment-writes'
import { StorageError } from './errors'
import { storedAssessments, storedCompanies, storedPlans } from './exchange-stored'
import { planSchema, planShape, type PlanRecord } from '@/domain/shapes/plan'
import { reportCorruptRecord, runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { announceChange } from './change-broadcast'
import { markDataStored } from './data-marker'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'

/**
 * Export and import of companies and checks. Reading for an export happens in one readonly
 * transaction (a consistent snapshot); an import is written in one readwrite transaction over
 * companies, assessments and summaries, so a failure at any point leaves the stored data exactly
 * as it was.
 */

/** The records an export file is built from. */
export interface ExportData {
  companies: CompanyRecord[]
  assessments: AssessmentRecord[]
  plans: PlanRecord[]
}

/**
 * One company and its checks (`companyId`), or every company and check (no `companyId`). Throws
 * `not-found` for an unknown company; damaged checks are skipped and reported.
 */
export async function readExportData(scope: { companyId?: string } = {}): Promise<ExportData> {
  const { companyId } = scope
  const data = await runTransaction(['companies', 'assessments', 'plans'], 'readonly', async (transaction) => {
    const companyStore = transaction.objectStore('companies')
    const assessmentStore = transaction.objectStore('assessments')
    const planStore = transaction.objectStore('plans')
    if (companyId === undefined) {
      const [companies, assessments, plans] = await Promise.all([companyStore.getAll(), assessmentStore.getAll(), planStore.getAll()])
      return {
        companies: validOnly(companies, companyShape.read, 'companies'),
        assessments: validOnly(assessments, assessmentShape.read, 'assessments'),
        plans: validOnly(plans, planShape.read, 'plans'),
      }
    }
    const [stored, checks, plans] = await Promise.all([
      companyStore.get(companyId),
      assessmentStore.index('by-company').getAll(companyId),
      planStore.index('by-company').getAll(companyId),
    ])
    if (stored === undefined) throw new StorageError('company-not-found', `No company ${companyId}`)
    const company = companyShape.read(stored)
    // Thrown, not skipped: an export of this company without the company would be no export of it.
    if (!company) throw new StorageError('corrupt', `Stored company ${companyId} is invalid`)
    return { companies: [company], assessments: validOnly(checks, assessmentShape.read, 'assessments'), plans: validOnly(plans, planShape.read, 'plans') }
  })
  // A plan whose check was skipped as damaged would make a file the import refuses.
  const exported = new Set(data.assessments.filter((check) => check.status === 'completed').map((check) => check.id))
  return { ...data, plans: data.plans.filter((plan) => exported.has(plan.assessmentId)) }
}

/** The stored records `planImport` compares the file with (and the target company, if any). */
export async function readExistingIndex(file: ExportFile, target?: ImportTarget): Promise<ExistingRecords> {
  const companyIds = file.companies.map((company) => company.id)
  if (target) companyIds.push(target.companyId)
  return runTransaction(['companies', 'assessments', 'plans'], 'readonly', async (transaction) => {
    const [companies, assessments, plans] = await Promise.all([
      storedCompanies(transaction.objectStore('companies'), companyIds),
      storedAssessments(transaction.objectStore('assessments'), file.assessments.map((check) => check.id)),
      storedPlans(transaction.objectStore('plans'), file.plans.map((plan) => plan.assessmentId)),
    ])
    return { companies, assessments, plans }
  })
}

/**
 * Writes an import plan in one durable transaction and returns its counts. Each record is checked
 * once more against what is stored now: if anything changed since the plan was made (e.g. in
 * another tab), or a check would point at a company that does not exist, nothing is written and
 * an `import-changed-since-preview` error is thrown, so the user can look at a fresh preview.
 */
export async function applyImport(plan: ImportPlan): Promise<ImportPlan['counts']> {
  const companies = planned(plan, 'companies').map(({ record, action }) => ({
    record: validatedForWrite(record, companySchema, `company ${String(record.id)}`),
    action,
  }))
  const assessments = planned(plan, 'assessments').map(({ record, action }) => ({
    record: validatedForWrite(record, assessmentSchema, `assessment ${String(record.id)}`),
    action,
  }))
  const plans = planned(plan, 'plans').map(({ record, action }) => ({
    record: validatedForWrite(record, planSchema, `plan of ${String(record.assessmentId)}`),
    action,
  }))
  if (companies.length === 0 && assessments.length === 0 && plans.length === 0) return plan.counts
  await runTransaction(
    ['companies', 'assessments', 'summaries', 'plans'],
    'readwrite',
    async (transaction) => {
      const companyStore = transaction.objectStore('companies')
      const planStore = transaction.objectStore('plans')
      const stores = assessmentStores(transaction)
      const [storedCompanyMap, storedAssessmentMap, storedPlanMap] = await Promise.all([
        storedCompanies(companyStore, companies.map(({ record }) => record.id)),
        storedAssessments(stores.assessments, assessments.map(({ record }) => record.id)),
        storedPlans(planStore, plans.map(({ record }) => record.assessmentId)),
      ])
      for (const { record, action } of companies) {
        expectDecision(decideCompany(record, storedCompanyMap.get(record.id)), action, record.id)
      }
      for (const { record, action } of assessments) {
        expectDecision(decideAssessment(record, storedAssessmentMap.get(record.id)), action, record.id)
      }
      const writtenChecks = new Set(assessments.map(({ record }) => record.id))
      for (const { record, action } of plans) {
        expectDecision(decidePlan(record, storedPlanMap.get(record.assessmentId), undefined), action, record.assessmentId)
        // A plan is written only beside its check: imported now, or stored under the same business.
        if (!writtenChecks.has(record.assessmentId)) {
          const stored = (await storedAssessments(stores.assessments, [record.assessmentId])).get(record.assessmentId)
          if (!stored || stored.companyId !== record.companyId) throw conflict(`The plan of ${record.assessmentId} has no check of its business`)
        }
      }
      const writtenCompanies = new Set(companies.map(({ record }) => record.id))
      const referenced = new Set(assessments.map(({ record }) => record.companyId).filter((id) => id !== null))
      for (const id of referenced) {
        if (!writtenCompanies.has(id) && (await companyStore.getKey(id)) === undefined) {
          throw conflict(`An imported check belongs to business ${id}, which is not stored`)
        }
      }
      // All requests are queued at once: one round trip per record made a 5,000-check backup take
      // seconds longer. If queuing throws half-way (e.g. QuotaExceededError), the requests already
      // made are still observed, so their AbortErrors are not left unhandled.
      const requests: Promise<unknown>[] = []
      try {
        for (const { record } of companies) requests.push(companyStore.put(record))
        for (const { record } of assessments) {
          requests.push(stores.assessments.put(record))
          requests.push(stores.summaries.put(toSummary(record)))
        }
        for (const { record } of plans) requests.push(planStore.put(record))
      } finally {
        for (const request of requests) request.catch(() => undefined)
      }
      await Promise.all(requests)
    },
    // An import may replace many records at once: it must survive a power cut right after.
    { durability: 'strict' },
  )
  // As noticeAssessmentWritten does for one check, but the data-loss note is written once, not per check.
  if (assessments.length > 0) markDataStored()
  if (plans.length > 0 && assessments.length === 0) markDataStored()
  for (const { record } of assessments) announceChange({ kind: 'assessment-saved', id: record.id })
  for (const { record } of plans) announceChange({ kind: 'plan-saved', id: record.assessmentId })
  return plan.counts
}

type Planned<K extends 'companies' | 'assessments' | 'plans'> = { record: ImportPlan['add'][K][number]; action: 'add' | 'update' }

function planned<K extends 'companies' | 'assessments' | 'plans'>(plan: ImportPlan, kind: K): Planned<K>[] {
  const added = plan.add[kind].map((record) => ({ record, action: 'add' as const }))
  const updated = plan.update[kind].map((record) => ({ record, action: 'update' as const }))
  return [...added, ...updated] as Planned<K>[]
}

function expectDecision(decision: ImportDecision, planned: 'add' | 'update', id: string): void {
  if (decision.action !== planned) throw conflict(`Record ${id} changed since the import was planned`)
}

/** The stored data changed since the preview (e.g. in another tab): nothing was imported. */
function conflict(message: string): StorageError {
  return new StorageError('import-changed-since-preview', message)
}

function validOnly<T>(values: unknown[], parse: (value: unknown) => T | null, store: 'companies' | 'assessments' | 'plans'): T[] {
  const valid: T[] = []
  for (const value of values) {
    const record = parse(value)
    if (record) valid.push(record)
    else reportCorruptRecord(store, String((value as { id?: unknown; assessmentId?: unknown }).id ?? (value as { assessmentId?: unknown }).assessmentId))
  }
  return valid
}
