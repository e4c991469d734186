import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { useSessionNotesStore } from '@/stores/session-notes'
import { useDraftLockStore } from '@/stores/draft-lock'
import { isAppError } from '@/domain/app-error'
import { getAssessment } from '@/storage/assessments-repository'
import { useFreshDatabase } from '../storage/storage-test-helpers'

useFreshDatabase()
beforeEach(() => setActivePinia(createPinia()))

async function openCheck() {
  const assessment = useAssessmentStore()
  const id = await assessment.start('digitalisierungsgrad-check', 'c-1', { state: 'DE-NI', sector: 'hw-bau', employees: '10-49' })
  const question = assessment.questionnaire!.questions.find((item) => item.type === 'single')!
  if (question.type !== 'single') throw new Error('fixture')
  return { assessment, id, question }
}

describe('session notes store', () => {
  it('shows a note at once and writes it without waiting for a pause in typing', async () => {
    const { assessment, id, question } = await openCheck()
    const notes = useSessionNotesStore()
    notes.setNote(question.id, 'Kasse')
    notes.setNote(question.id, 'Kassensystem prüfen')
    expect(notes.noteOf(question.id)).toEqual({ note: 'Kassensystem prüfen', followUp: false })
    expect(assessment.record!.notes[question.id]).toBe('Kassensystem prüfen')
    expect(notes.saveState).toBe('saving')
    await notes.flush()
    expect((await getAssessment(id))!.notes[question.id]).toBe('Kassensystem prüfen')
    expect(notes.saveState).toBe('saved')
  })

  it('writes a follow-up flag at once, together with the note typed just before it', async () => {
    const { id, question } = await openCheck()
    const notes = useSessionNotesStore()
    notes.setNote(question.id, 'Angebot anfordern')
    await notes.setFollowUp(question.id, true)
    await notes.flush()
    expect(await getAssessment(id)).toMatchObject({ notes: { [question.id]: 'Angebot anfordern' }, followUps: [question.id] })
    notes.setFollowUp(question.id, false)
    await notes.flush()
    expect((await getAssessment(id))!.followUps).toEqual([])
  })

  it('keeps answers safe: an answer given while a note waits is stored, and the note does not undo it', async () => {
    const { assessment, id, question } = await openCheck()
    const notes = useSessionNotesStore()
    notes.setNote(question.id, 'Nachfragen')
    await assessment.setAnswer(question, question.options[1]!.id)
    await notes.flush()
    const stored = await getAssessment(id)
    expect(stored!.answers[question.id]).toBe(question.options[1]!.id)
    expect(stored!.notes[question.id]).toBe('Nachfragen')
    expect(assessment.record!.answers[question.id]).toBe(question.options[1]!.id)
  })

  it('refuses to write while another tab edits the check', async () => {
    const { id, question } = await openCheck()
    const lock = useDraftLockStore()
    lock.draftId = id
    lock.state = 'elsewhere'
    const notes = useSessionNotesStore()
    notes.setFollowUp(question.id, true)
    await notes.flush()
    expect(notes.saveState).toBe('error')
    expect(isAppError(notes.saveError, 'draft-locked')).toBe(true)
    expect((await getAssessment(id))!.followUps).toEqual([])
  })
})
