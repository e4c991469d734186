import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { MAX_QUOTED_LENGTH } from '@/domain/schema/issue'
import { MAX_LISTED_ISSUES, array, nullable, number, object, oneOf, optional, parse, parseOrNull, record, string } from '@/domain/schema/kit'
import { formatIssue } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'

const shape = object({
  id: string({ min: 1, max: 20 }),
  count: optional(number({ min: 0, integer: true })),
  kind: oneOf(['a', 'b'] as const),
  tags: array(string({ max: 10 }), { max: 5 }),
  notes: record(string({ max: 50 }), { max: 10 }),
  parent: nullable(string()),
})

const valid = { id: 'x', kind: 'a', tags: ['t'], notes: { n: 'note' }, parent: null }

describe('schema kit', () => {
  it('rebuilds a valid value from its declared keys only', () => {
    const result = parse(shape, { ...valid, count: 2 })
    expect(result).toEqual({ ok: true, value: { ...valid, count: 2 } })
    // Dropped, not copied: the reading of stored records.
    expect(parseOrNull(shape, { ...valid, extra: 1 })).toEqual(valid)
  })

  it('reports every problem with its path and code', () => {
    const result = parse(shape, { id: '', kind: 'c', tags: 'x', notes: { ok: 'y', __proto__x: 5 }, parent: 3, extra: true, idd: 1 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([
      { path: '$.id', code: 'too-short', params: { length: 0, min: 1 } },
      { path: '$.kind', code: 'not-allowed', params: { value: 'c', allowed: 'a, b' } },
      { path: '$.tags', code: 'wrong-type', params: { expected: 'array', found: 'string' } },
      { path: '$.notes.__proto__x', code: 'wrong-type', params: { expected: 'string', found: 'number' } },
      { path: '$.parent', code: 'wrong-type', params: { expected: 'string', found: 'number' } },
      { path: '$.extra', code: 'unknown-key', params: { key: 'extra' } },
      { path: '$.idd', code: 'unknown-key-suggestion', params: { key: 'idd', suggestion: 'id' } },
    ])
  })

  it('never copies a key that reaches a prototype; reports it in an import', () => {
    const hostile = JSON.parse('{"id":"x","kind":"a","tags":[],"parent":null,"notes":{"__proto__":"p","constructor":"c","ok":"y"}}') as unknown
    const dropped = parseOrNull(shape, hostile)
    expect(dropped?.notes).toEqual({ ok: 'y' })
    expect(Object.getPrototypeOf(dropped?.notes)).toBe(Object.prototype)
    const reported = parse(shape, hostile)
    expect(reported.ok).toBe(false)
    if (!reported.ok) expect(reported.issues.map((found) => found.code)).toEqual(['unsafe-key', 'unsafe-key'])
  })

  it('answers a 5 MB unknown key with a short issue and no typo search', () => {
    const key = 'k'.repeat(5 * 1024 * 1024)
    const result = parse(shape, { ...valid, [key]: 1 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    const [found] = result.issues
    expect(found!.code).toBe('unknown-key')
    expect(found!.path.length).toBeLessThan(60)
    expect(String(found!.params?.key).length).toBeLessThanOrEqual(MAX_QUOTED_LENGTH)
    expect(formatIssue(found!, issuesDe, 'de').length).toBeLessThan(200)
  })

  it('lists at most MAX_LISTED_ISSUES problems and says there are more', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`unknown-${index}`, index]))
    const result = parse(shape, { ...valid, ...many })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(MAX_LISTED_ISSUES + 1)
    expect(result.issues.at(-1)).toEqual({ path: '$', code: 'more-issues', params: { max: MAX_LISTED_ISSUES } })
  })

  it('whatever the input, a value read leniently is accepted strictly (the rebuild drops exactly what is unknown)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.anything(), (input, extra) => {
        const candidate = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...valid, ...input, extra } : input
        const lenient = parseOrNull(shape, candidate)
        if (lenient !== null) expect(parse(shape, lenient).ok).toBe(true)
      }),
    )
  })
})

describe('hostile import files are answered with bounded messages', () => {
  it('a file of long unknown keys in a record gives at most MAX_LISTED_ISSUES short messages', () => {
    const longKeys = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`${index}-${'x'.repeat(10_000)}`, 'v']))
    const file = {
      format: 'reifegrad-export',
      formatVersion: 2,
      exportedAt: '2026-11-29T10:00:00.000Z',
      app: { engineVersion: '2.0.0' },
      scope: 'all',
      companies: [{ schemaVersion: 2, id: 'c', name: 'Betrieb', state: null, sector: null, employees: null, contactNotes: '', createdAt: '2026-11-29T10:00:00.000Z', updatedAt: '2026-11-29T10:00:00.000Z', ...longKeys }],
      assessments: [],
    }
    const text = JSON.stringify(file)
    expect(text.length).toBeGreaterThan(30_000_000)
    const parsed = parseImportFile(text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES + 1)
    const words = parsed.errors.map((found) => formatIssue(found, issuesEn, 'en'))
    expect(Math.max(...words.map((line) => line.length))).toBeLessThan(250)
    expect(words.join('\n').length).toBeLessThan(30_000)
  })
})
