import { describe, expect, it } from 'vitest'
import { locateJsonError } from '@/domain/exchange/json-syntax'

describe('locateJsonError', () => {
  it('finds nothing in valid JSON, whatever JSON.parse accepts', () => {
    for (const text of ['{}', ' [1, -0.5e+3, "a\\u00e4\\n", true, false, null, {"k": []}] ', '"x"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(locateJsonError(text)).toBeNull()
    }
  })

  it.each([
    ['{"a": }', 6, 1, 7],
    ['{"a": 1,}', 8, 1, 9],
    ['[1 2]', 3, 1, 4],
    ['{\n  "a": tru}', 12, 2, 11],
    ['{"a": 01}', 7, 1, 8],
    ['{"a": "x\ty"}', 8, 1, 9],
    ['{"a": "\\x"}', 8, 1, 9],
    ["{'a': 1}", 1, 1, 2],
    ['{"a": 1}}', 8, 1, 9],
    ['[1.]', 3, 1, 4],
    ['{"a" 1}', 5, 1, 6],
  ])('%j breaks at offset %i (line %i, column %i)', (text, offset, line, column) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(locateJsonError(text)).toEqual({ offset, line, column, atEnd: false })
  })

  it('reports a text that stops early as ending there', () => {
    expect(locateJsonError('{"a": [1, 2')).toEqual({ offset: 11, line: 1, column: 12, atEnd: true })
    expect(locateJsonError('{"a": "unclosed')).toMatchObject({ atEnd: true })
    expect(locateJsonError('')).toMatchObject({ offset: 0, atEnd: true })
  })

  it('walks a million levels of nesting without recursion', () => {
    expect(locateJsonError(`${'['.repeat(1_000_000)}${']'.repeat(999_999)}`)).toMatchObject({ atEnd: true })
  })
})
