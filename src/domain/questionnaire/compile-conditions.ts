import { parseExpression, type Expr } from '../expression'
import type { Question, Questionnaire } from './types'

// Stands in for a condition that does not parse, which only unchecked input can have: such a
// question stays visible, since asking one question too many is better than silently dropping it.
const ALWAYS_SHOWN: Expr = { kind: 'literal', value: true, position: 0 }

/**
 * The questionnaire with every `visibleIf` also parsed (`visibleIfAst`). Done once when a
 * questionnaire is loaded, at build time for the shipped ones, so the pages a business answers on
 * evaluate conditions without downloading the expression parser.
 */
export function compileConditions<T extends Questionnaire>(questionnaire: T): T {
  return { ...questionnaire, questions: questionnaire.questions.map(compileQuestion) }
}

function compileQuestion(question: Question): Question {
  if (question.visibleIf === undefined) return question
  const parsed = parseExpression(question.visibleIf)
  return { ...question, visibleIfAst: parsed.ok ? parsed.ast : ALWAYS_SHOWN }
}
