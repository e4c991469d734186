import { describe, expect, it } from 'vitest'
import { copyJsonData } from '@/domain/shapes/json-data'
import { normalizeTimestamp } from '@/domain/timestamps'

describe('normalizeTimestamp', () => {
  it.each([
    ['2025-01-15T09:00:00.000Z', '2025-01-15T09:00:00.000Z'],
    ['2025-01-15T09:00:00Z', '2025-01-15T09:00:00.000Z'],
    ['2025-01-15T09:00:00.5Z', '2025-01-15T09:00:00.500Z'],
    ['2025-01-15T10:30:00+01:30', '2025-01-15T09:00:00.000Z'],
    ['2024-12-31T23:00:00-02:00', '2025-01-01T01:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('turns %s into %s', (input, expected) => {
    expect(normalizeTimestamp(input)).toBe(expected)
  })

  it.each(['2025-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-01-01T24:00:00Z', '2025-01-01', '2025-01-01T00:00:00', 'x', '2025-01-01T00:00:00+25:00'])(
    'rejects %s',
    (input) => {
      expect(normalizeTimestamp(input)).toBeNull()
    },
  )
})

describe('copyJsonData', () => {
  it('copies JSON data deeply and drops unsafe keys', () => {
    const input = JSON.parse('{"a":[1,{"b":null}],"__proto__":{"x":1},"c":"d"}')
    const copy = copyJsonData(input) as Record<string, unknown>
    expect(copy).toEqual({ a: [1, { b: null }], c: 'd' })
    expect(Object.keys(copy)).toEqual(['a', 'c'])
    expect(copy.a).not.toBe(input.a)
  })

  it.each([
    ['a function', () => 1],
    ['undefined', undefined],
    ['a date', new Date(0)],
    ['NaN', Number.NaN],
    ['a map', new Map()],
  ])('refuses %s', (_name, value) => {
    expect(copyJsonData({ value })).toBeUndefined()
  })

  it('refuses data nested too deeply', () => {
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = [deep]
    expect(copyJsonData(deep)).toBeUndefined()
  })
})
