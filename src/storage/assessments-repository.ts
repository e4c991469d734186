import { assessmentSchema, assessmentShape } from '@/domain/shapes/assessment'
import { answerValue } from '@/domain/shapes/answers'
import { resultSchema } from '@/domain/shapes/result'
import { assessmentStores, putAssessment, type AssessmentStores } from './assessment-writes'
import { StorageError } from './errors'
import { reportCorruptRecord, runTransaction, toPlainData } from './transaction'
import { validatedForWrite } from './validated-write'
import { noticeAssessmentWritten } from './write-notices'
import { isSafeKey, parseOrNull } from '@/domain/schema/kit'
import { normalizeTimestamp } from '@/domain/timestamps'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { AnswerValue } from '@/domain/shapes/answers'
import type { AssessmentResult } from '@/domain/shapes/result'

export { listSummaries, type SummaryPage, type SummaryPageCursor, type SummaryQuery } from './assessment-summaries'
export { countAssessments } from './assessment-count'

/**
 * Assessments and their list summaries. Every write puts the assessment and its summary in the
 * same transaction, so a list never shows a state the check does not have. A record is
 * validated before it is written, so everything stored can be read back. After each committed
 * write the other tabs are told (change-broadcast) and the data-loss note is kept (data-marker).
 */

/** The fields of a draft that change outside the answers. */
export type DraftChanges = Partial<Pick<AssessmentRecord, 'profile' | 'currentStep'>>

/** Stores a draft (new or changed) with its summary; a completed check cannot be overwritten. */
export async function saveDraft(record: AssessmentRecord): Promise<AssessmentRecord> {
  const draft = validRecord(record)
  if (draft.status !== 'draft') throw conflict(`${draft.id} is not a draft`)
  await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(draft.id)
    // Its frozen result is history: once completed, a check only changes through restore or delete.
    if (stored?.status === 'completed') throw conflict(`${draft.id} is already completed`)
    await putAssessment(assessmentStores(transaction), draft)
  })
  noticeAssessmentWritten(draft.id, 'assessment-saved')
  return draft
}

/**
 * Changes the profile and/or resume step of a stored draft and keeps its stored answers as they
 * are (another tab may have written answers this tab has not seen); returns the updated draft.
 */
export async function updateDraft(id: string, changes: DraftChanges, now: string): Promise<AssessmentRecord> {
  const updatedAt = normalizeTimestamp(now)
  if (updatedAt === null) throw new StorageError('invalid', `Invalid time ${now}`)
  const fields = toPlainData({ profile: changes.profile, currentStep: changes.currentStep })
  const updated = await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const record = await readForUpdate(transaction.objectStore('assessments'), id)
    if (record.status !== 'draft') throw conflict(`${id} is already completed`)
    const next = validRecord({
      ...record,
      profile: fields.profile ?? record.profile,
      currentStep: fields.currentStep ?? record.currentStep,
      updatedAt,
    })
    await putAssessment(assessmentStores(transaction), next)
    return next
  })
  noticeAssessmentWritten(id, 'assessment-saved')
  return updated
}

/** What moving a draft to another questionnaire version changes. */
export type VersionChange = Pick<AssessmentRecord, 'questionnaireVersion' | 'answers' | 'notes' | 'followUps'>

/**
 * Moves a stored draft from questionnaire version `fromVersion` to the version `change` computes from
 * the stored record (read in the same transaction, so answers another tab wrote meanwhile are seen);
 * refused with `check-completed` when it is no longer a draft and with `conflict` when it is no
 * longer on `fromVersion`. Returns the updated draft.
 */
export async function moveDraftToVersion(id: string, fromVersion: string, change: (record: AssessmentRecord) => VersionChange, now: string): Promise<AssessmentRecord> {
  const updatedAt = normalizeTimestamp(now)
  if (updatedAt === null) throw new StorageError('invalid', `Invalid time ${now}`)
  const updated = await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const record = await readForUpdate(transaction.objectStore('assessments'), id)
    if (record.status !== 'draft') throw conflict(`${id} is already completed`)
    if (record.questionnaireVersion !== fromVersion) throw new StorageError('conflict', `${id} is no longer on version ${fromVersion}`)
    const next = validRecord({ ...record, ...toPlainData(change(record)), currentStep: 1, updatedAt })
    await putAssessment(assessmentStores(transaction), next)
    return next
  })
  noticeAssessmentWritten(id, 'assessment-saved')
  return updated
}

/** Writes one answer (`undefined` removes it) into a stored draft; returns the updated draft. */
export async function saveAnswer(
  id: string,
  questionId: string,
  value: AnswerValue | undefined,
  now: string,
): Promise<AssessmentRecord> {
  const updatedAt = normalizeTimestamp(now)
  // Checked and copied before the transaction, so a Vue proxy never reaches IndexedDB.
  const answer = value === undefined ? undefined : parseOrNull(answerValue(), toPlainData(value))
  if (!isSafeKey(questionId) || updatedAt === null || answer === null) {
    throw new StorageError('invalid', `Invalid answer for ${questionId}`)
  }
  const updated = await runTransaction(['assessments', 'summaries'], 'readwrite', async (transaction) => {
    const record = await readForUpdate(transaction.objectStore('assessments'), id)
    if (record.status !== 'draft') throw conflict(`${id} is already completed`)
    const answers = { ...record.answers }
    if (answer === undefined) delete answers[questionId]
    else answers[questionId] = answer
    const next: AssessmentRecord = { ...record, answers, updatedAt }
    await putAssessment(assessmentStores(transaction), next)
    return next
  })
  noticeAssessmentWritten(id, 'assessment-saved')
  return updated
}

/** The stored check, validated; null when there is none or it is damaged (then also reported). */
export async function getAssessment(id: string): Promise<AssessmentRecord | null> {
  return runTransaction(['assessments'], 'readonly', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(id)
    if (stored === undefined) return null
    const record = assessmentShape.read(stored)
    if (!record) reportCorruptRecord('assessments', id)
    return record
  })
}

/**
 * Completes a draft in one strictly durable transaction: status, completion time, the frozen
 * result and the summary are written together or not at all.
 */
export async function completeAssessment(id: string, result: AssessmentResult, now: string): Promise<AssessmentRecord> {
  const frozen = parseOrNull(resultSchema, toPlainData(result))
  const completedAt = normalizeTimestamp(now)
  if (!frozen || completedAt === null) {
    throw new StorageError('invalid', `Invalid result or time for ${id}`)
  }
  const completed = await runTransaction(
    ['assessments', 'summaries'],
    'readwrite',
    async (transaction) => {
      const record = await readForUpdate(transaction.objectStore('assessments'), id)
      if (record.status !== 'draft') throw conflict(`${id} is already completed`)
      if (frozen.questionnaire !== `${record.questionnaireId}@${record.questionnaireVersion}`) {
        throw new StorageError('invalid', `The result of ${frozen.questionnaire} does not belong to ${id}`)
      }
      const next: AssessmentRecord = {
        ...record,
        status: 'completed',
        completedAt,
        updatedAt: completedAt,
        result: frozen,
      }
      await putAssessment(assessmentStores(transaction), next)
      return next
    },
    // Finishing is the moment users care about most: it must survive a power cut right after.
    { durability: 'strict' },
  )
  noticeAssessmentWritten(id, 'assessment-completed')
  return completed
}

function validRecord(record: AssessmentRecord): AssessmentRecord {
  return validatedForWrite(record, assessmentSchema, `assessment ${String(record.id)}`)
}

async function readForUpdate(store: AssessmentStores['assessments'], id: string): Promise<AssessmentRecord> {
  const stored = await store.get(id)
  if (stored === undefined) throw new StorageError('check-not-found', `No check ${id}`)
  const record = assessmentShape.read(stored)
  // Thrown, not skipped: the caller asked for this record. runTransaction reports it.
  if (!record) throw new StorageError('corrupt', `Stored assessment ${id} is invalid`)
  return record
}

/** The change was for a draft, but the check is completed (e.g. finished in another tab). */
function conflict(message: string): StorageError {
  return new StorageError('check-completed', message)
}
