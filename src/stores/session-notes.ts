import { defineStore } from 'pinia'
import { saveSessionNote, type SessionNote } from '@/storage/assessment-notes'
import { useSavedWrites } from './saved-writes'
import { useAssessmentStore } from './assessment'
import { draftLocked, useDraftLockStore } from './draft-lock'

/**
 * Session mode: the consultant's note and follow-up flag per question of the open check. Shown at
 * once, written through the same ordered queue as answers, each write carrying the question's whole note and flag. Storage writes only the
 * notes and flags (saveSessionNote), so answers are never overwritten from here.
 */
export const useSessionNotesStore = defineStore('session-notes', () => {
  const assessment = useAssessmentStore()
  const lock = useDraftLockStore()
  // Keyed by check and question, so a note typed just before opening another check still goes to its own check.
  const { writer, saveState, saveError } = useSavedWrites<SessionNote>(async (key, value) => {
    const [id, questionId] = JSON.parse(key) as [string, string]
    if (value) await saveSessionNote(id, questionId, value, new Date().toISOString())
  })

  /** The note and flag of a question as shown now. */
  function noteOf(questionId: string): SessionNote {
    const record = assessment.record
    return { note: record?.notes[questionId] ?? '', followUp: record?.followUps.includes(questionId) ?? false }
  }

  function update(questionId: string, value: SessionNote): void {
    const record = assessment.record
    if (!record) return
    if (!lock.mayEdit(record.id)) {
      saveState.value = 'error'
      saveError.value = draftLocked(record.id)
      return
    }
    const notes = { ...record.notes }
    if (value.note.trim() === '') delete notes[questionId]
    else notes[questionId] = value.note
    const others = record.followUps.filter((id) => id !== questionId)
    const followUps = value.followUp ? (record.followUps.includes(questionId) ? record.followUps : [...others, questionId]) : others
    assessment.replaceRecord({ ...record, notes, followUps })
    saveState.value = 'saving'
    // Never rejects: a failed write shows in `saveState`/`saveError` (the queue reports every outcome).
    void writer.set(JSON.stringify([record.id, questionId]), value)
  }

  return {
    saveState,
    saveError,
    noteOf,
    setNote: (questionId: string, note: string) => update(questionId, { ...noteOf(questionId), note }),
    setFollowUp: (questionId: string, followUp: boolean) => update(questionId, { ...noteOf(questionId), followUp }),
    flush: writer.flush,
  }
})
