import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import { planSchema, planShape, type PlanRecord } from '@/domain/shapes/plan'
import { assessmentStores, putAssessment, removalStores, removeAssessment } from './assessment-writes'
import { StorageError } from './errors'
import { runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { noticeAssessmentsDeleted, noticeAssessmentWritten } from './write-notices'
import type { AssessmentRecord } from '@/domain/shapes/assessment'

/**
 * Deleting a check (with its plan) and putting one back. Apart from the repository of answers and
 * drafts, so that answering a check never loads the plan's schema (the questionnaire path has a
 * byte budget).
 */

/** A deleted check with its plan, for an undo. */
export interface DeletedCheck {
  record: AssessmentRecord
  plan: PlanRecord | null
}

/** Deletes a check and its plan; returns what was deleted (null if nothing, or if it was damaged) for undo. */
export async function deleteAssessment(id: string): Promise<DeletedCheck | null> {
  const { deleted, remaining } = await runTransaction(['assessments', 'summaries', 'plans'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(id)
    const storedPlan = await transaction.objectStore('plans').get(id)
    await removeAssessment(removalStores(transaction), id)
    const left = await transaction.objectStore('summaries').count()
    const record = stored === undefined ? null : assessmentShape.read(stored)
    const plan = storedPlan === undefined ? null : planShape.read(storedPlan)
    return { deleted: record ? { record, plan } : null, remaining: left }
  })
  noticeAssessmentsDeleted([id], remaining)
  return deleted
}

/** Puts a check back as it was (undo of a delete, or an imported check), whatever its status, with its plan. */
export async function restoreAssessment(record: AssessmentRecord, plan: PlanRecord | null = null): Promise<AssessmentRecord> {
  const restored = validRecord(record)
  const restoredPlan = plan === null ? null : validatedForWrite(plan, planSchema, `plan of ${restored.id}`)
  if (restoredPlan && restoredPlan.assessmentId !== restored.id) throw new StorageError('invalid', `Refusing to restore the plan of ${restoredPlan.assessmentId} with ${restored.id}`)
  await runTransaction(['assessments', 'summaries', 'plans'], 'readwrite', async (transaction) => {
    await putAssessment(assessmentStores(transaction), restored)
    if (restoredPlan) await transaction.objectStore('plans').put(restoredPlan)
  })
  noticeAssessmentWritten(restored.id, 'assessment-saved')
  return restored
}

function validRecord(record: AssessmentRecord): AssessmentRecord {
  return validatedForWrite(record, assessmentSchema, `assessment ${String(record.id)}`)
}
