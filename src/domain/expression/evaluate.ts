import type { CompareOperator, Expr } from './ast'
import type { Profile } from '../shapes/profile'
import type { Answers } from '../shapes/answers'

type Scalar = string | number | boolean | null

/** What a sub-expression evaluates to: a scalar or a list (list literal or multiple-choice answer). */
export type Value = Scalar | readonly Scalar[]

/** The data an expression may read. */
export interface EvaluationContext {
  answers: Answers
  profile: Profile
}

/**
 * Evaluates a parsed expression; true only if the result is exactly `true`.
 * Never throws: unknown or malformed data reads as `null`, and comparisons on it are false.
 */
export function evaluateExpression(ast: Expr, context: EvaluationContext): boolean {
  try {
    return valueOf(ast, context) === true
  } catch {
    // Only reachable with a hand-made malformed AST or a hostile context (throwing getters):
    // a condition that cannot be evaluated is not true.
    return false
  }
}

function valueOf(expr: Expr, context: EvaluationContext): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'list':
      return expr.items.map((item) => item.value)
    case 'reference':
      return toValue(ownProperty(expr.scope === 'answers' ? context?.answers : context?.profile, expr.name))
    case 'not':
      return valueOf(expr.operand, context) !== true
    case 'and':
      return expr.operands.every((operand) => valueOf(operand, context) === true)
    case 'or':
      return expr.operands.some((operand) => valueOf(operand, context) === true)
    case 'compare':
      return compare(expr.operator, valueOf(expr.left, context), valueOf(expr.right, context))
  }
}

// Own properties only: an id such as `constructor` must not read Object.prototype.
function ownProperty(record: unknown, name: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined
  return Object.prototype.hasOwnProperty.call(record, name) ? (record as Record<string, unknown>)[name] : undefined
}

function isScalar(raw: unknown): raw is Scalar {
  return raw === null || typeof raw === 'string' || typeof raw === 'boolean' || (typeof raw === 'number' && Number.isFinite(raw))
}

// Absent answers, `{ na: true }` and anything not shaped like an answer read as null.
function toValue(raw: unknown): Value {
  if (isScalar(raw)) return raw
  if (Array.isArray(raw)) return raw.filter(isScalar)
  return null
}

function compare(operator: CompareOperator, left: Value, right: Value): boolean {
  switch (operator) {
    case '==':
      return equals(left, right)
    case '!=':
      return !equals(left, right)
    case 'in':
      return contains(left, right)
    case 'not in':
      return !contains(left, right)
    default:
      // Ordering is defined between two numbers only; anything else is simply false.
      if (typeof left !== 'number' || typeof right !== 'number') return false
      if (operator === '<') return left < right
      if (operator === '<=') return left <= right
      if (operator === '>') return left > right
      return left >= right
  }
}

// Two lists are equal when they hold the same elements in any order (a multiple-choice answer
// is a set); a list never equals a scalar.
function equals(left: Value, right: Value): boolean {
  if (isList(left) || isList(right)) {
    if (!isList(left) || !isList(right)) return false
    return left.length === right.length && left.every((item) => right.includes(item)) && right.every((item) => left.includes(item))
  }
  return left === right
}

// `a in b`: b must be a list; a list on the left matches when any of its elements is in b.
function contains(needle: Value, haystack: Value): boolean {
  if (!isList(haystack)) return false
  if (isList(needle)) return needle.some((item) => haystack.includes(item))
  return haystack.includes(needle)
}

function isList(value: Value): value is readonly Scalar[] {
  return Array.isArray(value)
}
