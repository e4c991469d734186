import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, parseOrNull } from '@/domain/schema/kit'
import { resultSchema } from '@/domain/shapes/result'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { sampleResult } from './fixtures'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const flagship = loadQuestionnaire(JSON.parse(readFileSync('questionnaires/digitalisierungsgrad-check/1.0.0.json', 'utf8')))
if (!flagship.ok) throw new Error('flagship does not load')

/** Every path (as keys) to a value inside a JSON tree, the root excluded. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])])
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])])
}

function withChange(value: Json, path: (string | number)[], change: (parent: Record<string, Json> | Json[], key: string | number) => void): Json {
  const copy = structuredClone(value)
  let parent = copy as Record<string, Json>
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<string, Json>
  change(parent, path.at(-1)!)
  return copy
}

const odd = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 1, 5, 6, 100, 100.5, 101, 1e9, '', 'x', 'breitband', null, true, [], {}),
  fc.jsonValue() as fc.Arbitrary<Json>,
)

/** How imports check a result: unknown keys are problems. */
const imported = (value: unknown) => parse(resultSchema, value)
/** How stored results are read: unknown keys are dropped. */
const stored = (value: unknown) => parseOrNull(resultSchema, value)

describe('the result schema, as imports and as storage read it', () => {
  const results: Json[] = [sampleResult() as unknown as Json, scoreAssessment(flagship.questionnaire, {}, {}) as unknown as Json]

  it('accepts real results: from the scoring engine and the fixtures', () => {
    for (const result of results) {
      expect(imported(result)).toEqual({ ok: true, value: result })
      expect(stored(result)).toEqual(result)
    }
  })

  it('storage refuses exactly what the import refuses, except unknown keys, for any field replaced, removed or added', () => {
    const outcomes = new Set<boolean>()
    const cases = fc.tuple(fc.constantFrom(...results), fc.nat(), fc.constantFrom('replace', 'remove', 'add'), odd)
    fc.assert(
      fc.property(cases, ([result, pick, how, value]) => {
        const all = paths(result)
        const path = all[pick % all.length]!
        const changed = withChange(result, path, (parent, key) => {
          if (how === 'replace') (parent as Record<string | number, Json>)[key] = value
          else if (how === 'remove' && Array.isArray(parent)) parent.splice(Number(key), 1)
          else if (how === 'remove') delete (parent as Record<string, Json>)[key as string]
          else if (!Array.isArray(parent) && typeof parent[key as string] === 'object' && parent[key as string] !== null) {
            ;(parent[key as string] as Record<string, Json>).extra = value
          } else (parent as Record<string, Json>).unexpected = value
        })
        const checked = imported(changed)
        outcomes.add(checked.ok)
        const onlyUnknownKeys = !checked.ok && checked.issues.every((found) => found.code === 'unknown-key' || found.code === 'unknown-key-suggestion')
        // Storage accepts a result when the import does, and when the import's only complaint is an unknown key.
        expect(stored(changed) !== null).toBe(checked.ok || onlyUnknownKeys)
        if (checked.ok) expect(stored(changed)).toEqual(checked.value)
      }),
      { numRuns: 3000 },
    )
    // Both verdicts came up: the property compared real refusals, not only harmless changes.
    expect([...outcomes].sort()).toEqual([false, true])
  })

  it('stored results only need the known keys; the rebuilt copy drops the others', () => {
    const withLegacy = { ...(sampleResult() as object), legacy: 1 }
    expect(imported(withLegacy)).toEqual({ ok: false, issues: [{ path: '$.legacy', code: 'unknown-key', params: { key: 'legacy' } }] })
    expect(stored(withLegacy)).toEqual(sampleResult())
  })
})
