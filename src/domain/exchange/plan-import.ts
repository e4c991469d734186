import type { ExportFile } from '../shapes/export-file'
import { jsonEqual } from './json-equal'
import type { AssessmentRecord, AssessmentStatus } from '../shapes/assessment'
import type { CompanyRecord } from '../shapes/company'
import type { PlanRecord } from '../shapes/plan'

/**
 * What an import will do, decided record by record against what is stored, before anything is
 * written: new records are added, newer ones update the stored ones, everything else is kept as
 * it is. The user sees the counts first; `applyImport` then writes exactly this plan.
 */

/**
 * `identical`: the same record is stored; `older`: the stored one is as new or newer;
 * `stored-completed`: a draft never replaces a completed check; `other-business`: a check with this
 * id is stored under another business (or under none), so the file's copy would move it: a
 * conflict the preview shows, never a silent move.
 */
export type SkipReason = 'identical' | 'older' | 'stored-completed' | 'other-business'

/** What happens to one incoming record; a conflict names the business the stored check belongs to. */
export type ImportDecision =
  | { action: 'add' }
  | { action: 'update' }
  | { action: 'skip'; reason: Exclude<SkipReason, 'other-business'> }
  | { action: 'skip'; reason: 'other-business'; storedCompanyId: string | null }

/** What is stored of an assessment the file also holds; with `record` an identical copy is recognised. */
export interface ExistingAssessment {
  updatedAt: string
  status: AssessmentStatus
  companyId: string | null
  record?: AssessmentRecord
}

/** The stored records with the ids of the file's records (and the import's target company). */
export interface ExistingRecords {
  companies: Map<string, CompanyRecord>
  assessments: Map<string, ExistingAssessment>
  /** Stored plans by check id. */
  plans: Map<string, PlanRecord>
}

/** Import a self-assessment into this stored company. */
export interface ImportTarget {
  companyId: string
}

/** A record of the file that is left as it is stored, and why. */
export interface SkippedRecord {
  id: string
  reason: SkipReason
  /** For `other-business`: the business the stored check belongs to (null: none). */
  storedCompanyId?: string | null
}

/** How many companies, checks and plans. */
export interface Counts {
  companies: number
  assessments: number
  plans: number
}

/** What an import does with each record of the file, and how many of each. */
export interface ImportPlan {
  add: { companies: CompanyRecord[]; assessments: AssessmentRecord[]; plans: PlanRecord[] }
  update: { companies: CompanyRecord[]; assessments: AssessmentRecord[]; plans: PlanRecord[] }
  skip: { companies: SkippedRecord[]; assessments: SkippedRecord[]; plans: SkippedRecord[] }
  /** For the preview: how many records of each kind are added, updated and skipped. */
  counts: { add: Counts; update: Counts; skip: Counts }
}

type RecordKind = 'companies' | 'assessments' | 'plans'

/** The decision for one incoming company. */
export function decideCompany(incoming: CompanyRecord, stored: CompanyRecord | undefined): ImportDecision {
  if (stored === undefined) return { action: 'add' }
  if (jsonEqual(incoming, stored)) return { action: 'skip', reason: 'identical' }
  if (incoming.updatedAt <= stored.updatedAt) return { action: 'skip', reason: 'older' }
  return { action: 'update' }
}

/** The decision for one incoming assessment; a completed check is never overwritten by a draft. */
export function decideAssessment(incoming: AssessmentRecord, stored: ExistingAssessment | undefined): ImportDecision {
  if (stored === undefined) return { action: 'add' }
  if (stored.companyId !== incoming.companyId) return { action: 'skip', reason: 'other-business', storedCompanyId: stored.companyId }
  if (stored.record !== undefined && jsonEqual(incoming, stored.record)) return { action: 'skip', reason: 'identical' }
  if (stored.status === 'completed' && incoming.status === 'draft') return { action: 'skip', reason: 'stored-completed' }
  // Canonical ISO timestamps (the validators normalise them) compare like time.
  if (incoming.updatedAt <= stored.updatedAt) return { action: 'skip', reason: 'older' }
  return { action: 'update' }
}

/** The decision for one incoming plan: like a company's, but never for a check that stays with another business. */
export function decidePlan(incoming: PlanRecord, stored: PlanRecord | undefined, checkDecision: ImportDecision | undefined): ImportDecision {
  if (checkDecision?.action === 'skip' && checkDecision.reason === 'other-business') return checkDecision
  if (stored === undefined) return { action: 'add' }
  if (jsonEqual(incoming, stored)) return { action: 'skip', reason: 'identical' }
  if (incoming.updatedAt <= stored.updatedAt) return { action: 'skip', reason: 'older' }
  return { action: 'update' }
}

/**
 * The plan for importing a parsed `file` given the `existing` records. With `target`, the file must
 * be a self-assessment and `target.companyId` a stored company: the check is imported into it.
 * Throws a RangeError for a target that does not fit (a mistake of the caller, not of the file).
 */
export function planImport(file: ExportFile, existing: ExistingRecords, target?: ImportTarget): ImportPlan {
  if (target !== undefined) {
    if (file.scope !== 'self-assessment') throw new RangeError(`Only a self-assessment can be imported into a business, not a ${file.scope} file`)
    if (!existing.companies.has(target.companyId)) throw new RangeError(`No stored business ${target.companyId} to import into`)
  }
  const plan: ImportPlan = {
    add: { companies: [], assessments: [], plans: [] },
    update: { companies: [], assessments: [], plans: [] },
    skip: { companies: [], assessments: [], plans: [] },
    counts: { add: zero(), update: zero(), skip: zero() },
  }
  for (const company of file.companies) {
    fileUnder(plan, 'companies', company, decideCompany(company, existing.companies.get(company.id)))
  }
  const checkDecisions = new Map<string, ImportDecision>()
  for (const assessment of file.assessments) {
    const stored = existing.assessments.get(assessment.id)
    let incoming = target ? { ...assessment, companyId: target.companyId } : assessment
    // A file without notes must not wipe the notes stored here: the stored ones stay.
    if (!file.includesNotes && stored?.record) incoming = { ...incoming, notes: stored.record.notes, followUps: stored.record.followUps }
    const decision = decideAssessment(incoming, stored)
    checkDecisions.set(incoming.id, decision)
    fileUnder(plan, 'assessments', incoming, decision)
  }
  for (const filePlan of file.plans) {
    const incoming = target ? { ...filePlan, companyId: target.companyId } : filePlan
    fileUnder(plan, 'plans', incoming, decidePlan(incoming, existing.plans.get(incoming.assessmentId), checkDecisions.get(incoming.assessmentId)))
  }
  return plan
}

function zero(): Counts {
  return { companies: 0, assessments: 0, plans: 0 }
}

/** The id a skipped record is listed by (a plan by its check's). */
const idOf = (record: CompanyRecord | AssessmentRecord | PlanRecord) => ('steps' in record ? record.assessmentId : record.id)

function fileUnder<K extends RecordKind>(
  plan: ImportPlan,
  kind: K,
  record: ImportPlan['add'][K][number],
  decision: ImportDecision,
): void {
  if (decision.action === 'skip') plan.skip[kind].push({ id: idOf(record), ...('storedCompanyId' in decision ? { reason: decision.reason, storedCompanyId: decision.storedCompanyId } : { reason: decision.reason }) })
  else (plan[decision.action][kind] as (typeof record)[]).push(record)
  plan.counts[decision.action][kind]++
}
