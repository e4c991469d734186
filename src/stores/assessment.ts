import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { switchVersion, type VersionSwitch } from '@/domain/questionnaire/switch-version'
import type { Dimension, Question, Questionnaire } from '@/domain/questionnaire/types'
import { isScored, visibleQuestionIds } from '@/domain/questionnaire/visibility'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import {
  completeAssessment,
  getAssessment,
  moveDraftToVersion,
  saveAnswer,
  saveDraft,
  updateDraft,
  type DraftChanges,
} from '@/storage/assessments-repository'
import { onChangeInOtherTab } from '@/storage/change-broadcast'
import { useSavedWrites, type SaveState } from './saved-writes'
import { draftLocked, useDraftLockStore } from './draft-lock'
import { AppError, isAppError } from '@/domain/app-error'
import { useDurabilityStore } from './durability'
import { questionnaireKey, questionnaireSummary, questionnaireUnavailable, useQuestionnairesStore } from './questionnaires'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { Profile } from '@/domain/shapes/profile'
import type { AnswerValue } from '@/domain/shapes/answers'

export type { SaveState }

export interface DimensionStep {
  dimension: Dimension
  questions: Question[]
}

const nowIso = () => new Date().toISOString()

/** The check being answered: loads it, writes every answer at once, and finishes it. */
export const useAssessmentStore = defineStore('assessment', () => {
  const record = ref<AssessmentRecord | null>(null)
  /** `id@version` of the open check's questionnaire: a check always opens on its own version. */
  const openKey = ref<string | null>(null)
  const questionnaires = useQuestionnairesStore()
  // Read through the questionnaires store, so a language switch (which adds texts there) shows here.
  const questionnaire = computed<Questionnaire | null>(() =>
    openKey.value ? (questionnaires.loaded[openKey.value] ?? null) : null,
  )
  const lock = useDraftLockStore()

  const { writer, saveState, saveError } = useSavedWrites<AnswerValue>(async (questionId, value) => {
    const id = record.value?.id
    if (id) await saveAnswer(id, questionId, value, nowIso())
  })

  if (typeof window !== 'undefined') {
    // Another tab wrote to the open check (its last answers before a takeover, a deletion, …).
    onChangeInOtherTab((change) => {
      if (change.id === record.value?.id) void reload().catch(() => undefined)
    })
  }

  const visibleIds = computed(() =>
    record.value && questionnaire.value
      ? visibleQuestionIds(questionnaire.value, record.value.answers, record.value.profile)
      : new Set<string>(),
  )

  /** One step per dimension, with the questions visible for this business. */
  const steps = computed<DimensionStep[]>(() =>
    (questionnaire.value?.dimensions ?? []).map((dimension) => ({
      dimension,
      questions: (questionnaire.value?.questions ?? []).filter(
        (question) => question.dimension === dimension.id && visibleIds.value.has(question.id),
      ),
    })),
  )

  /** Visible scored questions without an answer (N/A counts as an answer). */
  const unanswered = computed(() =>
    steps.value.flatMap((step, index) =>
      step.questions
        .filter((question) => isScored(question) && record.value?.answers[question.id] === undefined)
        .map((question) => ({ question, step: index + 1 })),
    ),
  )

  const progress = computed(() => {
    const scored = steps.value.flatMap((step) => step.questions.filter(isScored))
    if (scored.length === 0) return 0
    return Math.round(((scored.length - unanswered.value.length) / scored.length) * 100)
  })

  async function open(id: string): Promise<void> {
    if (record.value?.id === id && questionnaire.value) return
    await writer.flush()
    const stored = await getAssessment(id)
    if (!stored) throw new AppError('check-not-found')
    await questionnaires.load(stored.questionnaireId, stored.questionnaireVersion)
    openKey.value = questionnaireKey(stored.questionnaireId, stored.questionnaireVersion)
    record.value = stored
    saveState.value = 'idle'
  }

  /** Creates and stores a new draft; returns its id. */
  async function start(questionnaireId: string, companyId: string | null = null, profile: Profile = {}): Promise<string> {
    const latest = questionnaireSummary(questionnaireId)
    if (!latest) throw questionnaireUnavailable(questionnaireId)
    const loaded = await questionnaires.load(questionnaireId, latest.version)
    const draft = createAssessment({
      id: crypto.randomUUID(),
      now: nowIso(),
      questionnaireId: loaded.id,
      questionnaireVersion: loaded.version,
      companyId,
      profile,
    })
    await saveDraft(draft)
    record.value = draft
    openKey.value = questionnaireKey(loaded.id, loaded.version)
    return draft.id
  }

  /** Writes profile or step changes; the stored answers stay as they are. */
  async function saveChanges(changes: DraftChanges): Promise<void> {
    const current = record.value
    if (!current) return
    saveState.value = 'saving'
    try {
      if (!lock.mayEdit(current.id)) throw draftLocked(current.id)
      await writer.flush()
      const updated = await updateDraft(current.id, changes, nowIso())
      if (record.value?.id === updated.id) {
        record.value = { ...record.value, profile: updated.profile, currentStep: updated.currentStep, updatedAt: updated.updatedAt }
      }
      saveState.value = 'saved'
    } catch (error) {
      saveState.value = 'error'
      saveError.value = isAppError(error) ? error : new AppError('failed', {}, { cause: error })
      throw saveError.value
    }
  }

  async function setProfile(profile: Profile): Promise<void> {
    await saveChanges({ profile })
  }

  async function setStep(step: number): Promise<void> {
    // Only the tab that edits remembers the step; a read-only tab just looks.
    if (record.value?.status === 'draft' && record.value.currentStep !== step && lock.mayEdit(record.value.id)) {
      await saveChanges({ currentStep: step })
    }
  }

  /** Shows the answer at once and writes it as soon as the write before it is done. */
  function setAnswer(question: Question, value: AnswerValue | undefined): Promise<void> {
    // A completed check keeps the answers its frozen result was computed from.
    if (record.value?.status !== 'draft') return Promise.resolve()
    if (!lock.mayEdit(record.value.id)) {
      saveState.value = 'error'
      saveError.value = draftLocked(record.value.id)
      return Promise.resolve()
    }
    const answers = { ...record.value.answers }
    if (value === undefined) delete answers[question.id]
    else answers[question.id] = value
    record.value = { ...record.value, answers }
    saveState.value = 'saving'
    return writer.set(question.id, value)
  }

  /** Computes the result and stores the completed check in one transaction. */
  async function finish(): Promise<void> {
    if (!record.value || !questionnaire.value) return
    const id = record.value.id
    if (!lock.mayEdit(id)) throw draftLocked(id)
    await writer.flush()
    // Scored from what is stored, which is what the frozen result must describe.
    const stored = await getAssessment(id)
    if (!stored) throw new AppError('check-not-found')
    const result = scoreAssessment(questionnaire.value, stored.answers, stored.profile)
    const completed = await completeAssessment(id, result, nowIso())
    record.value = completed
    // A completed check is worth keeping: ask the browser not to evict the data.
    void useDurabilityStore().askAfterCompletion()
  }

  /** The latest version of the open draft's questionnaire when the draft is on an older one, else null. */
  const newerVersion = computed<string | null>(() => {
    const current = record.value
    if (current?.status !== 'draft') return null
    const latest = questionnaireSummary(current.questionnaireId)?.version
    return latest !== undefined && latest !== current.questionnaireVersion ? latest : null
  })

  /**
   * "Auf die neue Fassung umstellen": moves the open draft to the latest version of its
   * questionnaire, keeping the answers of unchanged questions; returns what changed.
   */
  async function switchToLatest(): Promise<VersionSwitch | null> {
    const current = record.value
    const target = newerVersion.value
    if (!current || !target) return null
    if (!lock.mayEdit(current.id)) throw draftLocked(current.id)
    await writer.flush()
    const [from, to] = await Promise.all([questionnaires.load(current.questionnaireId, current.questionnaireVersion), questionnaires.load(current.questionnaireId, target)])
    let outcome: VersionSwitch | null = null
    const moved = await moveDraftToVersion(current.id, current.questionnaireVersion, (stored) => {
      outcome = switchVersion(from, to, stored)
      return { questionnaireVersion: target, answers: outcome.answers, notes: outcome.notes, followUps: outcome.followUps }
    }, nowIso())
    openKey.value = questionnaireKey(moved.questionnaireId, moved.questionnaireVersion)
    record.value = moved
    return outcome
  }

  /** Reads the open check again from storage, unless this tab has answers still to write. */
  async function reload(): Promise<void> {
    const before = record.value
    if (!before || writer.hasPending()) return
    const stored = await getAssessment(before.id)
    // Typing in the meantime wins: its answers are newer than what was read.
    if (stored && record.value === before && !writer.hasPending()) record.value = stored
  }

  /** Takes over a record another store wrote (e.g. new targets on the results page). */
  function replaceRecord(next: AssessmentRecord): void {
    if (record.value?.id === next.id) record.value = next
  }

  return {
    replaceRecord, record, questionnaire, saveState, saveError, steps, unanswered, progress, visibleIds, newerVersion, switchToLatest,
    open, start, setProfile, setStep, setAnswer, finish, reload, flush: writer.flush,
  }
})
