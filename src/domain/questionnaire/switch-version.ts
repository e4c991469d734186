import type { Answers } from '../shapes/answers'
import type { Question, Questionnaire } from './types'

/**
 * Moving a draft to a newer version of its questionnaire. An answer is carried over only where the
 * question is the same in both versions: the same id, the same type and the same answer codes (for
 * choices the same option ids; for numbers the same unit and range). Everything else is asked anew,
 * so no answer ever changes its meaning on the way.
 */
export interface VersionSwitch {
  /** The answers (and notes, follow-ups) that stay. */
  answers: Answers
  notes: Record<string, string>
  followUps: string[]
  /** Questions whose answers were carried over. */
  carried: string[]
  /** Questions answered before whose answers could not be carried (changed or gone). */
  dropped: string[]
  /** Questions of the new version that are new or changed, in its order: what the business should look at. */
  changed: string[]
}

/** True when an answer to `before` means the same as an answer to `after`. */
export function sameAnswerCodes(before: Question, after: Question): boolean {
  if (before.type !== after.type) return false
  if ((before.type === 'single' || before.type === 'multiple') && (after.type === 'single' || after.type === 'multiple')) {
    const ids = (question: typeof before) => question.options.map((option) => option.id).sort().join('\n')
    return ids(before) === ids(after)
  }
  if (before.type === 'number' && after.type === 'number') {
    return before.min === after.min && before.max === after.max && before.unit.de === after.unit.de
  }
  return true
}

export function switchVersion(from: Pick<Questionnaire, 'questions'>, to: Pick<Questionnaire, 'questions'>, draft: { answers: Answers; notes: Record<string, string>; followUps: readonly string[] }): VersionSwitch {
  const before = new Map(from.questions.map((question) => [question.id, question]))
  const same = new Set(to.questions.filter((question) => {
    const old = before.get(question.id)
    return old !== undefined && sameAnswerCodes(old, question)
  }).map((question) => question.id))
  const keep = <T>(entries: Record<string, T>) => Object.fromEntries(Object.entries(entries).filter(([id]) => same.has(id)))
  return {
    answers: keep(draft.answers),
    notes: keep(draft.notes),
    followUps: draft.followUps.filter((id) => same.has(id)),
    carried: Object.keys(draft.answers).filter((id) => same.has(id)),
    dropped: Object.keys(draft.answers).filter((id) => !same.has(id)),
    changed: to.questions.filter((question) => !same.has(question.id)).map((question) => question.id),
  }
}
