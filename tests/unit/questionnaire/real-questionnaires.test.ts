import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { QUESTIONNAIRES, readJson } from './fixtures'

const published = readJson(join(QUESTIONNAIRES, 'published.json')) as Record<string, string>

// Every questionnaire file in questionnaires/, found by listing the directory so new files are
// tested as soon as they land; the measures catalogue and the lock are not questionnaires.
const files = readdirSync(QUESTIONNAIRES)
  .filter((name) => name.endsWith('.json') && name !== 'published.json' && name !== 'measures.json')
  .filter((name) => {
    const schema = (readJson(join(QUESTIONNAIRES, name)) as { $schema?: unknown }).$schema
    return !(typeof schema === 'string' && schema.endsWith('measures.schema.json'))
  })
  .sort()

describe('questionnaires/*.json', () => {
  it('holds only string hashes in the lock', () => {
    for (const [key, hash] of Object.entries(published)) {
      expect(key).toMatch(/^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/)
      expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/)
    }
  })

  it.runIf(files.length > 0).each(files)('%s is valid and matches its entry in published.json', (file) => {
    const result = loadQuestionnaire(readJson(join(QUESTIONNAIRES, file)))
    if (!result.ok) {
      const lines = result.errors.map((error) => `${error.path}: ${error.message.de}`)
      expect.fail(`${file} is invalid:\n${lines.join('\n')}`)
    }
    const key = `${result.questionnaire.id}@${result.questionnaire.version}`
    expect(published[key], `${key} is not in published.json: run npm run validate:questionnaires -- --publish`).toBeDefined()
    expect(result.hash, `${key} differs from its published hash: published versions are never edited, bump the version`).toBe(
      published[key],
    )
  })
})
