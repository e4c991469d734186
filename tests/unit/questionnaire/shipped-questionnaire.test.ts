import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { loadQuestionnaire, loadShippedQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
const published = read('questionnaires/published.json') as Record<string, string>

describe('loading a shipped questionnaire', () => {
  it('returns the same questionnaire and hash as the full validation when the content matches the lock', () => {
    const raw = read('questionnaires/digitalisierungsgrad-check.json')
    const full = loadQuestionnaire(raw)
    const shipped = loadShippedQuestionnaire(raw, published)
    expect(shipped).toEqual(full)
    expect(shipped.ok && Object.isFrozen(shipped.questionnaire.questions[0])).toBe(true)
  })

  it('validates fully when the content differs from the locked version, and reports the problem', () => {
    const raw = read('questionnaires/schnellcheck-handwerk.json')
    const questions = raw.questions as { text: { en: string } }[]
    questions[0]!.text.en = ''
    const outcome = loadShippedQuestionnaire(raw, published)
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.errors.map((error) => error.path)).toContain('$.questions[0].text.en')
  })

  it('validates fully when the version is not in the lock', () => {
    const raw = { ...read('questionnaires/schnellcheck-handwerk.json'), version: '9.9.9', formatVersion: 2 }
    const outcome = loadShippedQuestionnaire(raw, published)
    expect(!outcome.ok && outcome.errors[0]?.path).toBe('$.formatVersion')
  })
})
