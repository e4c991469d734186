import { clip, type ExpressionErrorCode } from '../schema/issue'
import type { Token } from './token'

/**
 * A syntax error in an expression. `position` is the 0-based offset of the offending character
 * in the source (the same convention as `JSON.parse` errors).
 */
export interface ExpressionError {
  position: number
  code: ExpressionErrorCode
  params: Record<string, string | number>
}

/** Thrown inside the tokenizer and parser only; `parseExpression` turns it into a result value. */
export class ExpressionSyntaxError extends Error {
  readonly detail: ExpressionError

  constructor(detail: ExpressionError) {
    super(`${detail.code} at ${detail.position}`)
    this.detail = detail
  }
}

/** Throws a syntax error at `position`. */
export function fail(position: number, code: ExpressionErrorCode, params: Record<string, string | number> = {}): never {
  throw new ExpressionSyntaxError({ position, code, params: { ...params, position } })
}

/** How a token is shown in messages; the end of the source has no text of its own. */
function tokenText(token: Token): string {
  return clip(token.text, 40)
}

/** Throws "expected X at position N, found Y" (X is a token as written, e.g. `)`). */
export function expectedToken(expected: string, found: Token): never {
  if (found.kind === 'end') return fail(found.position, 'expression-unexpected-end')
  return fail(found.position, 'expression-expected-token', { expected, found: tokenText(found) })
}

/** Throws "unexpected X at position N", with its own wording for the end of the source. */
export function unexpectedToken(token: Token): never {
  if (token.kind === 'end') return fail(token.position, 'expression-unexpected-end')
  return fail(token.position, 'expression-unexpected-token', { token: tokenText(token) })
}

/** Throws "values only in lists" for a token that is no value. */
export function notAListValue(token: Token): never {
  if (token.kind === 'end') return fail(token.position, 'expression-unexpected-end')
  return fail(token.position, 'expression-list-values-only', { token: tokenText(token) })
}
