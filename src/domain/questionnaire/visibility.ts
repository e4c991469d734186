import { evaluateExpression, type Expr } from '../expression'
import type { AnswerValue, Answers, NotApplicable } from '../shapes/answers'
import type { Profile } from '../shapes/profile'
import type { Question, Questionnaire } from './types'

export { isNotApplicable } from '../shapes/answers'

/** The stored answer for "trifft nicht zu / keine Angabe". Frozen so nobody edits the shared value. */
export const NOT_APPLICABLE: NotApplicable = Object.freeze({ na: true as const })

/** A question that counts in the maturity score: firm practice, and not free text. */
export type ScoredQuestion = Exclude<Question, { type: 'text' }>

/** Firm-practice questions other than free text are scored; context questions never are. */
export function isScored(question: Question): question is ScoredQuestion {
  return question.type !== 'text' && question.scope === 'firm'
}

/** Context questions (the business's surroundings) other than free text: asked, shown, never scored. */
export function isContextQuestion(question: Question): boolean {
  return question.type !== 'text' && question.scope === 'context'
}

/** True when the answer is an option marked "nicht relevant" (for a multiple choice: it is chosen). */
export function isNotRelevantAnswer(question: Question, value: AnswerValue): boolean {
  if (question.type === 'single') return typeof value === 'string' && question.options.some((o) => o.notRelevant && o.id === value)
  if (question.type === 'multiple') return Array.isArray(value) && question.options.some((o) => o.notRelevant && value.includes(o.id))
  return false
}

/** Questions a business is expected to answer before finishing: everything but free text. */
export function isAnswerable(question: Question): boolean {
  return question.type !== 'text'
}

/** The parsed condition of a question, or undefined when it is always shown. */
function conditionOf(question: Question): Expr | undefined {
  if (question.visibleIf === undefined) return undefined
  // Loud, not "always shown": a questionnaire that skipped loading would silently ask too much.
  if (question.visibleIfAst === undefined) {
    throw new Error(`Condition of question ${question.id} not compiled: load questionnaires with loadQuestionnaire or compileConditions`)
  }
  return question.visibleIfAst
}

/**
 * Ids of the questions shown for these answers and this profile, evaluated in file order.
 * Answers of hidden questions count as unanswered, so a stale answer never shows its dependents.
 */
export function visibleQuestionIds(questionnaire: Questionnaire, answers: Answers, profile: Profile): Set<string> {
  const visible = new Set<string>()
  // Null prototype: question ids come from data and must not collide with Object.prototype.
  const visibleAnswers: Answers = Object.create(null) as Answers
  for (const question of questionnaire.questions) {
    const condition = conditionOf(question)
    const shown = condition === undefined || evaluateExpression(condition, { answers: visibleAnswers, profile })
    if (!shown) continue
    visible.add(question.id)
    const answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined
    if (answer !== undefined) visibleAnswers[question.id] = answer
  }
  return visible
}
