import type { CompareOperator, Expr, LiteralExpr } from './ast'
import { expectedToken, ExpressionSyntaxError, fail, notAListValue, unexpectedToken, type ExpressionError } from './errors'
import { tokenize, type Token } from './tokenize'

/** Longer sources are refused: a visibility rule that long is a mistake, and it bounds the work. */
export const MAX_EXPRESSION_LENGTH = 2000
/** Nesting limit for parentheses and `not`, so hostile input cannot exhaust the stack. */
export const MAX_NESTING_DEPTH = 32

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExpressionError }

/** Parses an expression into an AST, or returns the first syntax error with its position. */
export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const params = { max: MAX_EXPRESSION_LENGTH, position: MAX_EXPRESSION_LENGTH }
    return { ok: false, error: { position: MAX_EXPRESSION_LENGTH, code: 'expression-too-long', params } }
  }
  if (source.trim() === '') return { ok: false, error: { position: 0, code: 'expression-empty', params: { position: 0 } } }
  try {
    return { ok: true, ast: new Parser(tokenize(source)).parseAll() }
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { ok: false, error: error.detail }
    throw error
  }
}

// Recursive descent, lowest precedence first: or < and < not < comparison < primary.
class Parser {
  private readonly tokens: Token[]
  private index = 0
  private depth = 0

  constructor(tokens: Token[]) {
    this.tokens = tokens
  }

  parseAll(): Expr {
    const expr = this.parseOr()
    const rest = this.peek()
    if (rest.kind !== 'end') unexpectedToken(rest)
    return expr
  }

  private peek(offset = 0): Token {
    // The token list always ends with an `end` token, which the parser never steps past.
    const last = this.tokens[this.tokens.length - 1] as Token
    return this.tokens[this.index + offset] ?? last
  }

  private next(): Token {
    const token = this.peek()
    if (token.kind !== 'end') this.index++
    return token
  }

  private isKeyword(token: Token, word: string): boolean {
    return token.kind === 'keyword' && token.value === word
  }

  private parseOr(): Expr {
    return this.parseChain('or', () => this.parseAnd())
  }

  private parseAnd(): Expr {
    return this.parseChain('and', () => this.parseNot())
  }

  private parseChain(kind: 'and' | 'or', operand: () => Expr): Expr {
    const first = operand()
    const operands = [first]
    while (this.isKeyword(this.peek(), kind)) {
      this.next()
      operands.push(operand())
    }
    return operands.length === 1 ? first : { kind, operands, position: first.position }
  }

  private parseNot(): Expr {
    const token = this.peek()
    if (!this.isKeyword(token, 'not')) return this.parseComparison()
    this.next()
    this.enter(token)
    const operand = this.parseNot()
    this.depth--
    return { kind: 'not', operand, position: token.position }
  }

  private parseComparison(): Expr {
    const left = this.parsePrimary()
    const operator = this.readComparisonOperator()
    if (operator === undefined) return left
    const right = this.parsePrimary()
    const after = this.peek()
    if (this.peekComparisonOperator() !== undefined) {
      fail(after.position, 'expression-chained-comparison')
    }
    return { kind: 'compare', operator, left, right, position: left.position }
  }

  private peekComparisonOperator(): CompareOperator | undefined {
    const token = this.peek()
    if (token.kind === 'operator') return token.value
    if (this.isKeyword(token, 'in')) return 'in'
    if (this.isKeyword(token, 'not') && this.isKeyword(this.peek(1), 'in')) return 'not in'
    return undefined
  }

  private readComparisonOperator(): CompareOperator | undefined {
    const operator = this.peekComparisonOperator()
    if (operator !== undefined) this.index += operator === 'not in' ? 2 : 1
    return operator
  }

  private parsePrimary(): Expr {
    const token = this.next()
    switch (token.kind) {
      case 'string':
      case 'number':
        return { kind: 'literal', value: token.value, position: token.position }
      case 'reference':
        return { kind: 'reference', scope: token.scope, name: token.name, position: token.position }
      case 'keyword': {
        const literal = this.keywordLiteral(token)
        if (literal !== undefined) return literal
        return unexpectedToken(token)
      }
      case 'punctuation':
        if (token.value === '(') return this.parseParenthesised(token)
        if (token.value === '[') return this.parseList(token)
        return unexpectedToken(token)
      default:
        return unexpectedToken(token)
    }
  }

  private keywordLiteral(token: Token): LiteralExpr | undefined {
    if (token.kind !== 'keyword') return undefined
    const values: Partial<Record<string, boolean | null>> = { true: true, false: false, null: null }
    const value = values[token.value]
    return value === undefined ? undefined : { kind: 'literal', value, position: token.position }
  }

  private parseParenthesised(open: Token): Expr {
    this.enter(open)
    const inner = this.parseOr()
    this.expect(')')
    this.depth--
    return inner
  }

  private parseList(open: Token): Expr {
    const items: LiteralExpr[] = []
    if (this.peek().kind === 'punctuation' && this.peek().text === ']') {
      this.next()
      return { kind: 'list', items, position: open.position }
    }
    for (;;) {
      const token = this.next()
      const literal =
        token.kind === 'string' || token.kind === 'number'
          ? ({ kind: 'literal', value: token.value, position: token.position } as const)
          : this.keywordLiteral(token)
      if (literal === undefined) notAListValue(token)
      items.push(literal)
      const separator = this.next()
      if (separator.kind === 'punctuation' && separator.value === ']') break
      if (!(separator.kind === 'punctuation' && separator.value === ',')) expectedToken(', ]', separator)
    }
    return { kind: 'list', items, position: open.position }
  }

  private enter(token: Token): void {
    this.depth++
    if (this.depth > MAX_NESTING_DEPTH) {
      fail(token.position, 'expression-too-deep', { max: MAX_NESTING_DEPTH })
    }
  }

  private expect(punctuation: ')'): void {
    const token = this.next()
    if (token.kind !== 'punctuation' || token.value !== punctuation) {
      expectedToken(punctuation, token)
    }
  }
}
