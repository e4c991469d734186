import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseImportFile } from '@/domain/exchange/parse-import'
import type { Issue } from '@/domain/schema/issue'
import { DEFAULT_MAX_IMPORT_BYTES } from '@/domain/shapes/export-file'
import { formatIssue, issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import { HOSTILE, companyExport, dumpDatabase, fillDatabase, importText } from './exchange-test-helpers'

const { expected } = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')) as {
  expected: Record<string, Issue[]>
}
const corpus = readdirSync(HOSTILE).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort()
const read = (name: string) => readFileSync(join(HOSTILE, name), 'utf8')

// The 50 MB file of the issue's hostile list.
const OVERSIZED_BYTES = 50 * 1024 * 1024

/** A valid export padded to 50 MB, above the import limit, made in the test instead of kept as a file. */
function oversized(): string {
  const file = JSON.stringify(companyExport())
  const frame = ',"padding":""'.length
  return `${file.slice(0, -1)},"padding":"${'x'.repeat(OVERSIZED_BYTES - file.length - frame)}"}`
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
}

describe('hostile and broken import files', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10)
    expect(Object.keys(expected).sort()).toEqual(corpus)
  })

  it.each(corpus)('%s is refused with exactly the expected problems', (name) => {
    const result = parseImportFile(read(name), { maxBytes: DEFAULT_MAX_IMPORT_BYTES })
    expect(result).toEqual({ ok: false, errors: expected[name] })
    expectNoPollution()
  })

  it.each(corpus)('%s: every problem has words in both languages, with every placeholder filled', (name) => {
    for (const found of expected[name] ?? []) {
      for (const [texts, locale] of [[issuesDe, 'de'], [issuesEn, 'en']] as const) {
        expect(texts.issues).toHaveProperty([found.code])
        expect(issueMessage(found, texts, locale)).not.toMatch(/\{[A-Za-z_]\w*\}/)
      }
    }
  })

  it('words problems as the import page shows them', () => {
    const [duplicate] = expected['duplicate-ids.json']!
    expect(formatIssue(duplicate!, issuesDe, 'de')).toBe('$.assessments[1].id: „a-import-draft“ kommt doppelt vor (zuerst bei $.assessments[0])')
    const [truncated] = expected['truncated.json']!
    expect(issueMessage(truncated!, issuesDe, 'de')).toBe('Kein gültiges JSON: Die Datei endet unerwartet in Zeile 74, Spalte 23; sie ist wohl unvollständig.')
    const [newer] = expected['format-version-3.json']!
    expect(issueMessage(newer!, issuesEn, 'en')).toContain('3')
  })

  it('refuses a 50 MB file before parsing it, naming the limit', () => {
    const text = oversized()
    expect(text.length).toBe(OVERSIZED_BYTES)
    const result = parseImportFile(text, { maxBytes: DEFAULT_MAX_IMPORT_BYTES })
    expect(result).toEqual({ ok: false, errors: [{ path: '$', code: 'file-too-large', params: { size: 50, max: 40 } }] })
    if (result.ok) return
    expect(issueMessage(result.errors[0]!, issuesDe, 'de')).toBe('Die Datei ist zu groß (50 MB). Importiert werden können Dateien bis 40 MB.')
    expect(issueMessage(result.errors[0]!, issuesEn, 'en')).toBe('The file is too large (50 MB). Files of up to 40 MB can be imported.')
  })
})

describe('a refused file changes no stored data', () => {
  useFreshDatabase()
  let before = ''

  beforeEach(async () => {
    await fillDatabase()
    before = await dumpDatabase()
  })

  it('the known data set is there to be changed', () => {
    expect(before).toContain('Bäckerei Import (alt)')
    expect(before).toContain('a-import-draft')
  })

  it.each(corpus)('%s: the stores are byte-for-byte unchanged after the import path', async (name) => {
    const result = await importText(read(name))
    expect(result.ok).toBe(false)
    expect(await dumpDatabase()).toBe(before)
    expectNoPollution()
  })

  it('the oversized file: the stores are byte-for-byte unchanged', async () => {
    expect((await importText(oversized())).ok).toBe(false)
    expect(await dumpDatabase()).toBe(before)
  })

  it('the valid fixture does change them (the check above can fail)', async () => {
    expect((await importText(JSON.stringify(companyExport()))).ok).toBe(true)
    expect(await dumpDatabase()).not.toBe(before)
  })
})
