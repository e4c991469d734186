import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { issueMessage } from '@/i18n/format-issue'

/**
 * Issues carry codes; only these message files word them (src/domain/schema/issue.ts). Every code
 * the domain can report needs words in both languages with the same placeholders, or a user reads
 * a bare code.
 */

/** The codes of a union type in issue.ts (`| 'code'` lines), read from the source. */
function codesOf(typeName: string): string[] {
  const source = readFileSync(new URL('../../../src/domain/schema/issue.ts', import.meta.url), 'utf8')
  const start = source.indexOf(`export type ${typeName} =`)
  expect(start, typeName).toBeGreaterThanOrEqual(0)
  const body = source.slice(start).split(/\n\s*\n/)[0]!
  return [...body.matchAll(/\|\s*'([a-z0-9-]+)'/g)].map((match) => match[1]!)
}

/** Every .ts and .vue file below `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('issue messages', () => {
  const codes = [...codesOf('IssueCode'), ...codesOf('ExpressionErrorCode')]

  it('read the codes from the domain', () => {
    expect(codes.length).toBeGreaterThan(80)
    expect(codes).toContain('newer-version')
    expect(codes).toContain('expression-unexpected-end')
  })

  it('exist in both languages for the same codes, with the same placeholders', () => {
    expect(Object.keys(issuesEn.issues).sort()).toEqual(Object.keys(issuesDe.issues).sort())
    expect(Object.keys(issuesEn.issueWords).sort()).toEqual(Object.keys(issuesDe.issueWords).sort())
    for (const [code, text] of Object.entries(issuesDe.issues)) {
      expect(placeholders((issuesEn.issues as Record<string, string>)[code]!), code).toEqual(placeholders(text))
    }
  })

  it('word every code the domain can report', () => {
    const worded = new Set(Object.keys(issuesDe.issues))
    // Declared in IssueCode but reported nowhere (see the report of the test update); each must stay unreported until it has words.
    const unworded = ['headcount-outside-class', 'option-count', 'profile-field-not-asked', 'expression-syntax', 'expression-not-an-option']
    expect(codes.filter((code) => !worded.has(code))).toEqual(unworded)
    const sources = sourceFiles(new URL('../../../src/', import.meta.url).pathname).filter((file) => !file.endsWith('schema/issue.ts'))
    for (const code of unworded) {
      const users = sources.filter((file) => readFileSync(file, 'utf8').includes(`'${code}'`))
      expect(users, code).toEqual([])
    }
  })

  it('word nothing the domain cannot report', () => {
    const known = new Set(codes)
    expect(Object.keys(issuesDe.issues).filter((code) => !known.has(code))).toEqual([])
  })

  it('name kinds and formats in words, and keep an unknown word as it is', () => {
    expect(issueMessage({ code: 'wrong-type', params: { expected: 'boolean', found: 'array' } }, issuesDe, 'de')).toBe(
      'Falscher Typ: erwartet Wahrheitswert (true/false), gefunden Liste',
    )
    expect(issueMessage({ code: 'pattern', params: { value: 'x', format: 'something-new' } }, issuesEn, 'en')).toContain('something-new')
  })
})
