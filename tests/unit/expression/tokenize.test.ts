import { describe, expect, it } from 'vitest'
import { tokenize } from '@/domain/expression'
import { ExpressionSyntaxError } from '@/domain/expression/errors'
import { issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'

const kinds = (source: string) => tokenize(source).map((token) => `${token.kind}:${token.text}`)

function syntaxError(source: string) {
  try {
    tokenize(source)
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error.detail
    throw error
  }
  throw new Error(`no error for ${source}`)
}

describe('tokenize', () => {
  it('reads references with hyphenated ids, operators, keywords and punctuation', () => {
    expect(kinds("answers.has-website == true and profile.state in ['DE-NI', \"DE-BY\"]")).toEqual([
      'reference:answers.has-website', 'operator:==', 'keyword:true', 'keyword:and', 'reference:profile.state',
      'keyword:in', 'punctuation:[', "string:'DE-NI'", 'punctuation:,', 'string:"DE-BY"', 'punctuation:]', 'end:',
    ])
  })

  it('reads every comparison operator, longest first', () => {
    expect(kinds('< <= > >= == !=').slice(0, 6)).toEqual(['operator:<', 'operator:<=', 'operator:>', 'operator:>=', 'operator:==', 'operator:!='])
  })

  it('reads integers, decimals and negative numbers', () => {
    const values = tokenize('3 -12 0.5 -1.25').flatMap((token) => (token.kind === 'number' ? [token.value] : []))
    expect(values).toEqual([3, -12, 0.5, -1.25])
  })

  it('splits a reference into scope and name and records positions', () => {
    const [reference] = tokenize('  profile.employees')
    expect(reference).toMatchObject({ kind: 'reference', scope: 'profile', name: 'employees', position: 2 })
  })

  it('unescapes \\\' \\" and \\\\ in both quote styles', () => {
    const strings = tokenize(String.raw`'it\'s' "say \"hi\"" 'back\\slash'`).flatMap((token) => (token.kind === 'string' ? [token.value] : []))
    expect(strings).toEqual(["it's", 'say "hi"', 'back\\slash'])
  })

  it('reports an unexpected character with its position as a code, worded in both languages', () => {
    const error = syntaxError('answers.a == #')
    expect(error).toEqual({ position: 13, code: 'expression-unexpected-character', params: { char: '#', position: 13 } })
    expect(issueMessage(error, issuesDe, 'de')).toBe('Syntaxfehler: unerwartetes Zeichen „#“ an Position 13')
    expect(issueMessage(error, issuesEn, 'en')).toContain('“#” at position 13')
  })

  it.each([
    ["'open", 0, 'expression-unclosed-string', {}],
    ["'a\\n'", 2, 'expression-invalid-escape', { sequence: '\\n' }],
    ['answers.a = 1', 10, 'expression-unexpected-character', { char: '=' }],
    ['x == 1', 0, 'expression-unknown-name', { name: 'x' }],
    ['answer.a == 1', 0, 'expression-unknown-scope', { scope: 'answer' }],
    ['answers. == 1', 8, 'expression-missing-name', { scope: 'answers' }],
    ['answers == 1', 7, 'expression-missing-dot', { scope: 'answers' }],
    ['answers.A == 1', 8, 'expression-missing-name', { scope: 'answers' }],
    ['True', 0, 'expression-unexpected-character', { char: 'T' }],
    ['- 1', 0, 'expression-unexpected-character', { char: '-' }],
  ])('rejects %s at position %i', (source, position, code, params) => {
    expect(syntaxError(source)).toEqual({ position, code, params: { ...params, position } })
  })
})
