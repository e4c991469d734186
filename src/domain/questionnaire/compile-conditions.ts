import { parseExpression } from '../expression'
import type { Question, Questionnaire } from './types'

/**
 * The questionnaire with every `visibleIf` also parsed (`visibleIfAst`). Done once when a
 * questionnaire is loaded, at build time for the shipped ones, so the pages a business answers on
 * evaluate conditions without downloading the expression parser. Only validated questionnaires
 * get here, so a condition that does not parse is a bug: it throws, as visibility does for a
 * condition that was never parsed, instead of quietly showing or hiding the question.
 */
export function compileConditions<T extends Questionnaire>(questionnaire: T): T {
  return { ...questionnaire, questions: questionnaire.questions.map(compileQuestion) }
}

function compileQuestion(question: Question): Question {
  if (question.visibleIf === undefined) return question
  const parsed = parseExpression(question.visibleIf)
  if (!parsed.ok) throw new RangeError(`The condition of ${question.id} does not parse (${parsed.error.code}); validate the questionnaire first`)
  return { ...question, visibleIfAst: parsed.ast }
}
