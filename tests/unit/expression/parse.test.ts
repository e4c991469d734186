import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, parseExpression, type Expr } from '@/domain/expression'
import { PROFILE_FIELD_KINDS } from '@/domain/shapes/profile'

function ast(source: string): Expr {
  const result = parseExpression(source)
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.position}`)
  return result.ast
}

// A compact rendering of the tree so precedence is visible in the assertions.
function show(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value)
    case 'list':
      return `[${expr.items.map(show).join(',')}]`
    case 'reference':
      return `${expr.scope}.${expr.name}`
    case 'not':
      return `(not ${show(expr.operand)})`
    case 'and':
    case 'or':
      return `(${expr.operands.map(show).join(` ${expr.kind} `)})`
    case 'compare':
      return `(${show(expr.left)} ${expr.operator} ${show(expr.right)})`
  }
}

function error(source: string) {
  const result = parseExpression(source)
  if (result.ok) throw new Error(`parsed: ${source}`)
  return result.error
}

describe('parseExpression', () => {
  it('binds and tighter than or, and not tighter than and', () => {
    expect(show(ast('true or false and not true'))).toBe('(true or (false and (not true)))')
    expect(show(ast('not true and false'))).toBe('((not true) and false)')
  })

  it('binds comparisons tighter than not', () => {
    expect(show(ast('not answers.a == 1'))).toBe('(not (answers.a == 1))')
  })

  it('lets parentheses override precedence', () => {
    expect(show(ast('(true or false) and false'))).toBe('((true or false) and false)')
  })

  it('keeps long and/or chains flat', () => {
    expect(show(ast('true and true and false or true'))).toBe('((true and true and false) or true)')
  })

  it('parses in, not in and list literals of mixed values', () => {
    expect(show(ast("profile.state in ['DE-NI', 3, true, null]"))).toBe('(profile.state in ["DE-NI",3,true,null])')
    expect(show(ast("'x' not in answers.tools"))).toBe('("x" not in answers.tools)')
    expect(show(ast('answers.a in []'))).toBe('(answers.a in [])')
  })

  it('parses a bare reference and a bare literal', () => {
    expect(show(ast('answers.has-website'))).toBe('answers.has-website')
    expect(show(ast('null'))).toBe('null')
  })

  it('records node positions', () => {
    expect(ast('  answers.a >= -2')).toMatchObject({
      kind: 'compare',
      position: 2,
      left: { kind: 'reference', position: 2 },
      right: { kind: 'literal', value: -2, position: 15 },
    })
  })

  it.each([
    ['', 0, 'expression-empty', {}],
    ['   ', 0, 'expression-empty', {}],
    ['answers.a ==', 12, 'expression-unexpected-end', {}],
    ['(answers.a == 1', 15, 'expression-unexpected-end', {}],
    ['answers.a == 1)', 14, 'expression-unexpected-token', { token: ')' }],
    ['answers.a == 1 answers.b', 15, 'expression-unexpected-token', { token: 'answers.b' }],
    ['answers.a == 1 == true', 15, 'expression-chained-comparison', {}],
    ['answers.a in [answers.b]', 14, 'expression-list-values-only', { token: 'answers.b' }],
    ["answers.a in ['a' 'b']", 18, 'expression-expected-token', { expected: ', ]', found: "'b'" }],
    ["answers.a in ['a',]", 18, 'expression-list-values-only', { token: ']' }],
    ['and true', 0, 'expression-unexpected-token', { token: 'and' }],
    ['not', 3, 'expression-unexpected-end', {}],
    ['answers.a not true', 10, 'expression-unexpected-token', { token: 'not' }],
    ['(answers.a == 1 true', 16, 'expression-expected-token', { expected: ')', found: 'true' }],
  ])('rejects %j with the position', (source, position, code, params) => {
    expect(error(source)).toEqual({ position, code, params: { ...params, position } })
  })

  it('refuses too deep nesting and too long sources instead of exhausting the stack', () => {
    const deep = '('.repeat(MAX_NESTING_DEPTH + 1) + 'true' + ')'.repeat(MAX_NESTING_DEPTH + 1)
    expect(error(deep)).toMatchObject({ code: 'expression-too-deep', params: { max: MAX_NESTING_DEPTH } })
    expect(parseExpression('not '.repeat(MAX_NESTING_DEPTH) + 'true').ok).toBe(true)
    expect(error('not '.repeat(MAX_NESTING_DEPTH + 1) + 'true')).toMatchObject({ code: 'expression-too-deep' })
    expect(error('true or '.repeat(MAX_EXPRESSION_LENGTH))).toEqual({
      position: MAX_EXPRESSION_LENGTH,
      code: 'expression-too-long',
      params: { max: MAX_EXPRESSION_LENGTH, position: MAX_EXPRESSION_LENGTH },
    })
  })

  it('never throws on any input, and reports positions inside the source', () => {
    const alphabet = fc.constantFrom(...'abn.=!<>()[],\'" -0129#answersprofilenotandorin'.split(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 60 })), (source) => {
        const result = parseExpression(source)
        return result.ok || (result.error.position >= 0 && result.error.position <= source.length)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses a long flat chain without deep recursion', () => {
    const source = Array.from({ length: 80 }, (_, i) => `answers.q${i} == ${i}`).join(' or ')
    const result = parseExpression(source)
    expect(result.ok && result.ast.kind === 'or' && result.ast.operands.length).toBe(80)
  })
})

describe('references to profile fields', () => {
  it('parse for every field of the current profile written in lower case', () => {
    const lowerCase = Object.keys(PROFILE_FIELD_KINDS).filter((name) => /^[a-z][a-z0-9-]*$/.test(name))
    expect(lowerCase).toEqual(expect.arrayContaining(['state', 'district', 'sector', 'employees', 'headcount', 'fte', 'turnover', 'apprentices', 'role']))
    for (const name of lowerCase) expect(parseExpression(`profile.${name} == null`).ok, name).toBe(true)
  })

  it('parse for every field a condition is told it may use', () => {
    for (const name of Object.keys(PROFILE_FIELD_KINDS)) expect(parseExpression(`profile.${name} == null`).ok, name).toBe(true)
  })
})
