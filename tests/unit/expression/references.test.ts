import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectReferences, parseExpression, referenceNodes } from '@/domain/expression'

function ast(source: string) {
  const result = parseExpression(source)
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.position}`)
  return result.ast
}

describe('collectReferences', () => {
  it('lists distinct references in order of first appearance', () => {
    const source = "answers.b == 1 and (profile.state in ['DE-NI'] or not answers.a) and answers.b != 2"
    expect(collectReferences(ast(source))).toEqual([
      { scope: 'answers', name: 'b' },
      { scope: 'profile', name: 'state' },
      { scope: 'answers', name: 'a' },
    ])
  })

  it('finds none in a literal-only expression', () => {
    expect(collectReferences(ast("'a' in ['a', 'b']"))).toEqual([])
  })

  it('keeps every occurrence with its position for validators', () => {
    expect(referenceNodes(ast('answers.b or answers.b')).map((node) => node.position)).toEqual([0, 13])
  })
})

describe('the expression sources', () => {
  it('never use eval or new Function', () => {
    const directory = join(import.meta.dirname, '../../../src/domain/expression')
    const files = readdirSync(directory).filter((name) => name.endsWith('.ts'))
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const name of files) {
      const source = readFileSync(join(directory, name), 'utf8')
      expect(source, name).not.toMatch(/\beval\s*\(/)
      expect(source, name).not.toMatch(/new\s+Function\b/)
      expect(source, name).not.toMatch(/\bFunction\s*\(/)
    }
  })
})
