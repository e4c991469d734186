import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { formatIssue } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import { QUESTIONNAIRES, readJson } from './fixtures'

const published = readJson(join(QUESTIONNAIRES, 'published.json')) as Record<string, string>

// Every questionnaire version file (questionnaires/<id>/<version>.json), found by listing the
// folders so new versions are tested as soon as they land; schemas and drafts are not shipped.
const files = readdirSync(QUESTIONNAIRES)
  .filter((name) => !['schema', 'drafts'].includes(name) && statSync(join(QUESTIONNAIRES, name)).isDirectory())
  .flatMap((folder) => readdirSync(join(QUESTIONNAIRES, folder)).filter((name) => name.endsWith('.json')).map((name) => `${folder}/${name}`))
  .sort()

describe('questionnaires/<id>/<version>.json', () => {
  it('holds only string hashes in the lock', () => {
    for (const [key, hash] of Object.entries(published)) {
      expect(key).toMatch(/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/)
      expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/)
    }
  })

  it('finds the shipped questionnaires', () => {
    expect(files).toEqual(expect.arrayContaining(['digitalisierungsgrad-check/1.0.0.json', 'schnellcheck-handwerk/1.0.0.json']))
  })

  it.each(files)('%s is valid, lies in its own folder under its version, and matches its entry in published.json', (file) => {
    const result = loadQuestionnaire(readJson(join(QUESTIONNAIRES, file)))
    if (!result.ok) {
      const lines = result.errors.map((error) => formatIssue(error, issuesDe, 'de'))
      expect.fail(`${file} is invalid:\n${lines.join('\n')}`)
    }
    const key = `${result.questionnaire.id}@${result.questionnaire.version}`
    expect(`${result.questionnaire.id}/${result.questionnaire.version}.json`).toBe(file)
    expect(published[key], `${key} is not in published.json: run npm run validate:questionnaires -- --publish`).toBeDefined()
    expect(result.hash, `${key} differs from its published hash: published versions are never edited, bump the version`).toBe(
      published[key],
    )
  })
})
