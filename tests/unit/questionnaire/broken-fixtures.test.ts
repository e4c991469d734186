import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import type { Issue } from '@/domain/schema/issue'
import { formatIssue, issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { BROKEN, readJson } from './fixtures'

const { expected } = readJson(join(BROKEN, 'expected.json')) as { expected: Record<string, Issue[]> }
const fixtureFiles = readdirSync(BROKEN).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort()

function errorsOf(file: string): Issue[] {
  const result = loadQuestionnaire(readJson(join(BROKEN, file)))
  if (result.ok) throw new Error(`${file} loaded`)
  return result.errors
}

describe('broken questionnaire fixtures', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(12)
    expect(Object.keys(expected).sort()).toEqual(fixtureFiles)
  })

  it.each(fixtureFiles)('%s is rejected with exactly the expected issues', (file) => {
    expect(errorsOf(file)).toEqual(expected[file])
  })

  it.each(fixtureFiles)('%s: every issue has words in both languages, with every placeholder filled', (file) => {
    for (const found of errorsOf(file)) {
      for (const [texts, locale] of [[issuesDe, 'de'], [issuesEn, 'en']] as const) {
        const message = issueMessage(found, texts, locale)
        expect(texts.issues).toHaveProperty([found.code])
        expect(message).not.toMatch(/\{[A-Za-z_]\w*\}/)
        expect(message.trim()).not.toBe('')
      }
    }
  })

  it('words an issue as authors read it, with its path', () => {
    const [duplicate] = errorsOf('duplicate-question-id.json')
    expect(formatIssue(duplicate!, issuesDe, 'de')).toBe('$.questions[3].id: „website“ kommt doppelt vor (zuerst bei $.questions[0])')
    expect(formatIssue(duplicate!, issuesEn, 'en')).toMatch(/^\$\.questions\[3\]\.id: .*website.*\$\.questions\[0\]/)
    const [typo] = errorsOf('unknown-key.json')
    expect(issueMessage(typo!, issuesDe, 'de')).toBe('Unbekanntes Feld „visibelIf“ (gemeint: „visibleIf“?)')
  })
})
