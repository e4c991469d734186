import { fail } from './errors'
import type { Keyword, Punctuation, ReferenceScope, Token } from './token'

export type { ComparisonOperator, Keyword, Punctuation, ReferenceScope, Token } from './token'

const KEYWORDS: readonly string[] = ['and', 'or', 'not', 'in', 'true', 'false', 'null']
const SCOPES: readonly string[] = ['answers', 'profile']
const PUNCTUATION = '()[],'
const WHITESPACE = ' \t\r\n'

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z'
// Hyphens belong to identifiers (question ids like `has-website`); there is no arithmetic. Upper-case
// letters may follow the first letter (profile fields like `tradeTax`).
const isNameChar = (c: string | undefined): boolean => isLower(c) || (c !== undefined && c >= 'A' && c <= 'Z') || isDigit(c) || c === '-'

/** Splits an expression into tokens; throws `ExpressionSyntaxError` with a position on bad input. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source.charAt(i)
    if (WHITESPACE.includes(c)) {
      i++
    } else if (PUNCTUATION.includes(c)) {
      tokens.push({ kind: 'punctuation', value: c as Punctuation, position: i, text: c })
      i++
    } else if (c === '=' || c === '!' || c === '<' || c === '>') {
      i = readOperator(source, i, tokens)
    } else if (c === "'" || c === '"') {
      i = readString(source, i, tokens)
    } else if (isDigit(c) || (c === '-' && isDigit(source[i + 1]))) {
      i = readNumber(source, i, tokens)
    } else if (isLower(c)) {
      i = readWord(source, i, tokens)
    } else {
      unexpectedCharacter(c, i)
    }
  }
  tokens.push({ kind: 'end', position: source.length, text: '' })
  return tokens
}

function unexpectedCharacter(c: string, position: number): never {
  return fail(position, 'expression-unexpected-character', { char: c })
}

function readOperator(source: string, start: number, tokens: Token[]): number {
  const two = source.slice(start, start + 2)
  if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
    tokens.push({ kind: 'operator', value: two, position: start, text: two })
    return start + 2
  }
  const one = source.charAt(start)
  if (one === '<' || one === '>') {
    tokens.push({ kind: 'operator', value: one, position: start, text: one })
    return start + 1
  }
  // A single `=` or `!` is a typo for `==` / `!=` (or for `not`): name the character.
  return unexpectedCharacter(one, start)
}

function readString(source: string, start: number, tokens: Token[]): number {
  const quote = source.charAt(start)
  let value = ''
  let i = start + 1
  while (i < source.length) {
    const c = source.charAt(i)
    if (c === quote) {
      tokens.push({ kind: 'string', value, position: start, text: source.slice(start, i + 1) })
      return i + 1
    }
    if (c === '\\') {
      const next = source.charAt(i + 1)
      if (next !== "'" && next !== '"' && next !== '\\') {
        fail(i, 'expression-invalid-escape', { sequence: `\\${next}` })
      }
      value += next
      i += 2
    } else {
      value += c
      i++
    }
  }
  return fail(start, 'expression-unclosed-string')
}

function readNumber(source: string, start: number, tokens: Token[]): number {
  let i = start + 1
  while (isDigit(source[i])) i++
  if (source[i] === '.' && isDigit(source[i + 1])) {
    i++
    while (isDigit(source[i])) i++
  }
  const text = source.slice(start, i)
  tokens.push({ kind: 'number', value: Number(text), position: start, text })
  return i
}

function readWord(source: string, start: number, tokens: Token[]): number {
  let i = start + 1
  while (isNameChar(source[i])) i++
  const word = source.slice(start, i)
  if (source[i] === '.') return readReference(source, start, word, tokens)
  if (KEYWORDS.includes(word)) {
    tokens.push({ kind: 'keyword', value: word as Keyword, position: start, text: word })
    return i
  }
  if (SCOPES.includes(word)) return fail(i, 'expression-missing-dot', { scope: word })
  return fail(start, 'expression-unknown-name', { name: word.slice(0, 40) })
}

function readReference(source: string, start: number, scope: string, tokens: Token[]): number {
  const dot = start + scope.length
  if (!SCOPES.includes(scope)) return fail(start, 'expression-unknown-scope', { scope: scope.slice(0, 40) })
  if (!isLower(source[dot + 1])) return fail(dot + 1, 'expression-missing-name', { scope })
  let i = dot + 2
  while (isNameChar(source[i])) i++
  const name = source.slice(dot + 1, i)
  tokens.push({
    kind: 'reference',
    scope: scope as ReferenceScope,
    name,
    position: start,
    text: source.slice(start, i),
  })
  return i
}
