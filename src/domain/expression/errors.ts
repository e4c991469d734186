import type { LocalizedText } from '../questionnaire/types'
import type { Token } from './tokenize'

/**
 * A syntax error in an expression. `position` is the 0-based offset of the offending character
 * in the source (the same convention as `JSON.parse` errors); the message quotes the same number.
 */
export interface ExpressionError {
  position: number
  message: LocalizedText
}

/** Thrown inside the tokenizer and parser only; `parseExpression` turns it into a result value. */
export class ExpressionSyntaxError extends Error {
  readonly detail: ExpressionError

  constructor(detail: ExpressionError) {
    super(detail.message.en)
    this.detail = detail
  }
}

/** Throws a syntax error; `de` and `en` already contain the position. */
export function fail(position: number, de: string, en: string): never {
  throw new ExpressionSyntaxError({ position, message: { de, en } })
}

/** How a token or character is quoted in messages: German „…“, English “…”. */
export function quoted(text: string): { de: string; en: string } {
  return { de: `„${text}“`, en: `“${text}”` }
}

/** How a token is named in messages; the end of the source has no text of its own. */
export function describeToken(token: Token): { de: string; en: string } {
  return token.kind === 'end' ? { de: 'Ende des Ausdrucks', en: 'end of expression' } : quoted(token.text)
}

/** Throws "expected X at position N, found Y". */
export function expectedToken(whatDe: string, whatEn: string, found: Token): never {
  const q = describeToken(found)
  return fail(
    found.position,
    `Erwartet ${whatDe} an Position ${found.position}, gefunden ${q.de}`,
    `Expected ${whatEn} at position ${found.position}, found ${q.en}`,
  )
}

/** Throws "unexpected X at position N", with its own wording for the end of the source. */
export function unexpectedToken(token: Token): never {
  if (token.kind === 'end') {
    return fail(
      token.position,
      `Unerwartetes Ende des Ausdrucks an Position ${token.position}`,
      `Unexpected end of expression at position ${token.position}`,
    )
  }
  const q = quoted(token.text)
  return fail(token.position, `Unerwartetes ${q.de} an Position ${token.position}`, `Unexpected ${q.en} at position ${token.position}`)
}
