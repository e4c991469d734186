import { evaluateExpression, type Expr } from '../expression'
import type { Profile } from '../profile/profile-fields'
import type { Answers, AnswerValue, NotApplicable, Question, Questionnaire, ScoredQuestion } from './types'

/** The stored answer for "trifft nicht zu / keine Angabe". Frozen so nobody edits the shared value. */
export const NOT_APPLICABLE: NotApplicable = Object.freeze({ na: true as const })

/** True for the "trifft nicht zu / keine Angabe" answer. */
export function isNotApplicable(value: AnswerValue | undefined): value is NotApplicable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.na === true
}

/** Every question type except free text is scored. */
export function isScored(question: Question): question is ScoredQuestion {
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
