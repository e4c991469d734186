import { describe, expect, it } from 'vitest'
import { tokenize } from '@/domain/expression'
import { ExpressionSyntaxError } from '@/domain/expression/errors'

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

  it('reports an unexpected character with its position in both languages', () => {
    expect(syntaxError('answers.a == #')).toEqual({
      position: 13,
      message: { de: 'Unerwartetes Zeichen „#“ an Position 13', en: 'Unexpected character “#” at position 13' },
    })
  })

  it.each([
    ["'open", 0, 'nicht abgeschlossen'],
    ["'a\\n'", 2, 'Ungültige Escape-Sequenz'],
    ['answers.a = 1', 10, 'Unerwartetes Zeichen „=“'],
    ['x == 1', 0, 'Unbekannter Name „x“'],
    ['answer.a == 1', 0, 'Unbekannter Bereich „answer“'],
    ['answers. == 1', 8, 'fehlt an Position 8 ein Name'],
    ['answers == 1', 7, 'fehlt an Position 7 ein Punkt'],
    ['answers.A == 1', 8, 'fehlt an Position 8 ein Name'],
    ['True', 0, 'Unerwartetes Zeichen „T“'],
    ['- 1', 0, 'Unerwartetes Zeichen „-“'],
  ])('rejects %s at position %i', (source, position, message) => {
    const error = syntaxError(source)
    expect(error.position).toBe(position)
    expect(error.message.de).toContain(message)
    expect(error.message.en).toContain(`position ${position}`)
  })
})
