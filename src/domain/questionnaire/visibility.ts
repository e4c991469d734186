import { evaluateExpression, parseExpression, type Expr } from '../expression'
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

// Parsed conditions per questionnaire object: questionnaires are immutable once loaded, so each
// expression is parsed once however often visibility is recomputed (on every answer).
const parsedConditions = new WeakMap<Questionnaire, Map<string, Expr | null>>()

function conditionsOf(questionnaire: Questionnaire): Map<string, Expr | null> {
  let conditions = parsedConditions.get(questionnaire)
  if (conditions === undefined) {
    conditions = new Map()
    for (const question of questionnaire.questions) {
      if (question.visibleIf === undefined) continue
      const parsed = parseExpression(question.visibleIf)
      // Loaded files are validated, so this is only null for unchecked input; such a question
      // stays visible: asking one question too many is better than silently dropping it.
      conditions.set(question.id, parsed.ok ? parsed.ast : null)
    }
    parsedConditions.set(questionnaire, conditions)
  }
  return conditions
}

/**
 * Ids of the questions shown for these answers and this profile, evaluated in file order.
 * Answers of hidden questions count as unanswered, so a stale answer never shows its dependents.
 */
export function visibleQuestionIds(questionnaire: Questionnaire, answers: Answers, profile: Profile): Set<string> {
  const conditions = conditionsOf(questionnaire)
  const visible = new Set<string>()
  // Null prototype: question ids come from data and must not collide with Object.prototype.
  const visibleAnswers: Answers = Object.create(null) as Answers
  for (const question of questionnaire.questions) {
    const condition = conditions.get(question.id)
    const shown = condition == null || evaluateExpression(condition, { answers: visibleAnswers, profile })
    if (!shown) continue
    visible.add(question.id)
    const answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined
    if (answer !== undefined) visibleAnswers[question.id] = answer
  }
  return visible
}
