import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import type { Targets } from '@/domain/scoring/targets'
import { assessmentStores, putAssessment } from './assessment-writes'
import { StorageError } from './errors'
import { runTransaction, toPlainData } from './transaction'
import { validatedForWrite } from './validated-write'
import { noticeAssessmentWritten } from './write-notices'
import { normalizeTimestamp } from '@/domain/timestamps'
import type { AssessmentRecord } from '@/domain/shapes/assessment'

/**
 * Stores the chosen target levels of a check. Unlike answers, targets may change after completion:
 * they are the business's plan, not part of the frozen result.
 */
export async function saveTargets(id: string, targets: Targets, now: string): Promise<AssessmentRecord> {
  const updatedAt = normalizeTimestamp(now)
  if (updatedAt === null) throw new StorageError('invalid', `Invalid time for ${id}`)
  const plainTargets = toPlainData(targets)
  const updated = await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(id)
    if (stored === undefined) throw new StorageError('check-not-found', `No check ${id}`)
    const record = assessmentShape.read(stored)
    if (!record) throw new StorageError('corrupt', `Stored assessment ${id} is invalid`)
    const updated = validatedForWrite({ ...record, targets: plainTargets, updatedAt }, assessmentSchema, `assessment ${id}`)
    await putAssessment(assessmentStores(transaction), updated)
    return updated
  })
  // Other tabs showing this check refresh, like after any other write.
  noticeAssessmentWritten(id, 'assessment-saved')
  return updated
}
