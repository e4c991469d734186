import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import { assessmentStores, putAssessment } from './assessment-writes'
import { StorageError } from './errors'
import { runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { noticeAssessmentWritten } from './write-notices'
import { isSafeKey } from '@/domain/schema/kit'
import { normalizeTimestamp } from '@/domain/timestamps'
import type { AssessmentRecord } from '@/domain/shapes/assessment'

/** The consultant's note and follow-up flag on one question (session mode). */
export interface SessionNote {
  /** The whole note; empty removes it. */
  note: string
  followUp: boolean
}

/**
 * Writes the note and follow-up flag of one question, read-modify-write in one transaction, so the
 * stored answers (and every other note) stay exactly as stored. Like targets, notes may change
 * after completion: they are the consultant's annotations, not part of the frozen result. Returns
 * the stored notes and flags.
 */
export async function saveSessionNote(
  id: string,
  questionId: string,
  value: SessionNote,
  now: string,
): Promise<Pick<AssessmentRecord, 'notes' | 'followUps' | 'updatedAt'>> {
  const updatedAt = normalizeTimestamp(now)
  if (!isSafeKey(questionId) || updatedAt === null || typeof value.note !== 'string' || typeof value.followUp !== 'boolean') {
    throw new StorageError('invalid', `Invalid note for ${questionId}`)
  }
  const note = String(value.note)
  const followUp = Boolean(value.followUp)
  const updated = await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(id)
    if (stored === undefined) throw new StorageError('check-not-found', `No check ${id}`)
    const record = assessmentShape.read(stored)
    if (!record) throw new StorageError('corrupt', `Stored assessment ${id} is invalid`)
    const notes = { ...record.notes }
    if (note.trim() === '') delete notes[questionId]
    else notes[questionId] = note
    const flagged = record.followUps.includes(questionId)
    const followUps =
      followUp === flagged ? record.followUps : followUp ? [...record.followUps, questionId] : record.followUps.filter((other) => other !== questionId)
    const next = validatedForWrite({ ...record, notes, followUps, updatedAt }, assessmentSchema, `assessment ${id}`)
    await putAssessment(assessmentStores(transaction), next)
    return next
  })
  noticeAssessmentWritten(id, 'assessment-saved')
  return { notes: updated.notes, followUps: updated.followUps, updatedAt: updated.updatedAt }
}
