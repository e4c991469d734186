import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateExpression, parseExpression, type EvaluationContext } from '@/domain/expression'
import type { Profile } from '@/domain/shapes/profile'
import type { Answers } from '@/domain/shapes/answers'

const answers: Answers = {
  tools: ['erp', 'crm'],
  shop: 'teilweise',
  website: true,
  staff: 12,
  note: 'Hallo',
  skipped: { na: true },
  empty: [],
}
const profile: Profile = { state: 'DE-NI', sector: 'hw-bau', headcount: 12, apprentices: false }

function run(source: string, context: EvaluationContext = { answers, profile }): boolean {
  const parsed = parseExpression(source)
  if (!parsed.ok) throw new Error(`${parsed.error.code} at ${parsed.error.position}`)
  return evaluateExpression(parsed.ast, context)
}

describe('evaluateExpression', () => {
  it.each([
    ["answers.shop == 'teilweise'", true],
    ["answers.shop != 'teilweise'", false],
    ['answers.website == true', true],
    ['answers.website', true],
    ['not answers.website', false],
    ['answers.staff == 12', true],
    ["answers.staff == '12'", false],
    ["answers.note == 'Hallo'", true],
    ["profile.state == 'DE-NI'", true],
    ['profile.apprentices == false', true],
    ['profile.apprentices', false],
  ])('compares answers and profile values strictly: %s → %s', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it.each([
    ['answers.staff > 10', true],
    ['answers.staff >= 12', true],
    ['answers.staff < 12', false],
    ['answers.staff <= 12.5', true],
    ['profile.headcount > -1', true],
    ["answers.shop > 'a'", false],
    ['answers.missing < 100', false],
    ['answers.missing >= 0', false],
    ['answers.tools > 0', false],
  ])('orders only two numbers: %s → %s', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it.each([
    ["answers.shop in ['ja', 'teilweise']", true],
    ["answers.shop not in ['ja', 'teilweise']", false],
    ["'erp' in answers.tools", true],
    ["'dms' in answers.tools", false],
    ["'dms' not in answers.tools", true],
    ["answers.tools in ['crm', 'dms']", true],
    ["answers.tools in ['dms']", false],
    ["answers.empty in ['dms']", false],
    ["profile.state in ['DE-BY', 'DE-NI']", true],
    ["profile.sector not in ['hw-kfz']", true],
    ['answers.staff in [1, 12]', true],
    ["answers.shop in 'teilweise'", false],
    ["answers.shop not in 'teilweise'", true],
  ])('handles in / not in with lists and multiple-choice answers: %s → %s', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it.each([
    ['answers.missing == null', true],
    ['answers.skipped == null', true],
    ['profile.role == null', true],
    ['answers.shop == null', false],
    ["answers.missing == 'x'", false],
    ["answers.missing != 'x'", true],
    ["answers.skipped in ['x']", false],
    ["answers.skipped not in ['x']", true],
    ['answers.missing', false],
    ['not answers.missing', true],
    ['null == null', true],
  ])('reads absent and not-applicable answers as null: %s → %s', (source, expected) => {
    expect(run(source)).toBe(expected)
  })

  it('never lets a list equal a scalar, and compares lists as sets', () => {
    expect(run("answers.tools == 'erp'")).toBe(false)
    expect(run("answers.tools == ['crm', 'erp']")).toBe(true)
    expect(run("answers.tools == ['erp']")).toBe(false)
    expect(run("answers.tools != ['erp']")).toBe(true)
  })

  it('treats only true as true in and / or / not', () => {
    expect(run("answers.shop and true")).toBe(false)
    expect(run("answers.shop or answers.website")).toBe(true)
    expect(run('answers.staff or false')).toBe(false)
    expect(run('not answers.staff')).toBe(true)
    expect(run("'x'")).toBe(false)
    expect(run('1')).toBe(false)
    expect(run('true')).toBe(true)
  })

  it('short-circuits and / or in order', () => {
    expect(run('false and answers.staff > 1')).toBe(false)
    expect(run('true or answers.staff > 100')).toBe(true)
  })

  it('never reads inherited properties such as constructor', () => {
    expect(run('answers.constructor == null')).toBe(true)
    expect(run('profile.tostring == null')).toBe(true)
  })

  it('never throws, whatever the context holds', () => {
    const parsed = parseExpression("answers.a in ['x'] or profile.state == 'DE-NI' or answers.b > 1")
    if (!parsed.ok) throw new Error('parse')
    const hostile = [
      null,
      undefined,
      {},
      { answers: null, profile: null },
      { answers: 5, profile: 'x' },
      { answers: { a: { deep: [1] }, b: Number.NaN }, profile: { state: ['DE-NI'] } },
      { answers: { get a() { throw new Error('boom') } }, profile: {} },
    ]
    for (const context of hostile) {
      expect(evaluateExpression(parsed.ast, context as unknown as EvaluationContext)).toBe(false)
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, p) => {
        const result = evaluateExpression(parsed.ast, { answers: a, profile: p } as unknown as EvaluationContext)
        return result === true || result === false
      }),
    )
  })
})
