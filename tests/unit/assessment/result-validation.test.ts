import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isAssessmentResult, parseAssessmentResult } from '@/domain/assessment/result-validation'
import { resultShapeIssues } from '@/domain/exchange/result-issues'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { sampleResult } from './fixtures'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const flagship = loadQuestionnaire(JSON.parse(readFileSync('questionnaires/digitalisierungsgrad-check.json', 'utf8')))
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

describe('the hand-written result check agrees with the worded import schema', () => {
  const results: Json[] = [sampleResult() as unknown as Json, scoreAssessment(flagship.questionnaire, {}, {}) as unknown as Json]

  it('accepts real results: from the scoring engine and the fixtures', () => {
    for (const result of results) {
      expect(isAssessmentResult(result, { exactKeys: true })).toBe(true)
      expect(resultShapeIssues(result, '$')).toEqual([])
      expect(parseAssessmentResult(result)).toEqual(result)
    }
  })

  it('refuses exactly what the schema refuses, for any field replaced, removed or added', () => {
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
        const accepted = isAssessmentResult(changed, { exactKeys: true })
        outcomes.add(accepted)
        expect(accepted).toBe(resultShapeIssues(changed, '$').length === 0)
      }),
      { numRuns: 3000 },
    )
    // Both verdicts came up: the property compared real refusals, not only harmless changes.
    expect([...outcomes].sort()).toEqual([false, true])
  })

  it('stored results only need the known keys; the rebuilt copy drops the others', () => {
    const stored = { ...(sampleResult() as object), legacy: 1 }
    expect(isAssessmentResult(stored, { exactKeys: true })).toBe(false)
    expect(parseAssessmentResult(stored)).toEqual(sampleResult())
  })
})
