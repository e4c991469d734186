import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { BROKEN, readJson } from './fixtures'

interface Expectation {
  path: string
  messageIncludes: string
}

const { expected } = readJson(join(BROKEN, 'expected.json')) as { expected: Record<string, Expectation[]> }
const fixtureFiles = readdirSync(BROKEN).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort()

describe('broken questionnaire fixtures', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(12)
    expect(Object.keys(expected).sort()).toEqual(fixtureFiles)
  })

  it.each(fixtureFiles)('%s is rejected with exactly the expected issues', (file) => {
    const result = loadQuestionnaire(readJson(join(BROKEN, file)))
    expect(result.ok).toBe(false)
    if (result.ok) return
    const wanted = expected[file] ?? []
    expect(result.errors.map((error) => error.path)).toEqual(wanted.map((entry) => entry.path))
    result.errors.forEach((error, index) => {
      expect(error.message.de).toContain(wanted[index]?.messageIncludes)
      expect(error.message.en.trim()).not.toBe('')
    })
  })
})
