import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MAX_IMPORT_BYTES } from '@/domain/exchange/export-file'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import { HOSTILE, companyExport, dumpDatabase, fillDatabase, importText } from './exchange-test-helpers'

interface Expectation {
  path: string
  messageIncludes: string
}

const { expected } = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')) as {
  expected: Record<string, Expectation[]>
}
const corpus = readdirSync(HOSTILE).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort()
const read = (name: string) => readFileSync(join(HOSTILE, name), 'utf8')

// The 50 MB file of the hostile list.
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
    expect(result.ok).toBe(false)
    if (result.ok) return
    const wanted = expected[name] ?? []
    expect(result.errors.map((error) => error.path)).toEqual(wanted.map((entry) => entry.path))
    result.errors.forEach((error, index) => {
      expect(error.message.de).toContain(wanted[index]?.messageIncludes)
      expect(error.message.en.trim()).not.toBe('')
    })
    expectNoPollution()
  })

  it('refuses a 50 MB file before parsing it, naming the limit', () => {
    const text = oversized()
    expect(text.length).toBe(OVERSIZED_BYTES)
    const result = parseImportFile(text, { maxBytes: DEFAULT_MAX_IMPORT_BYTES })
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message: {
            de: 'Die Datei ist zu groß (50 MB). Importiert werden können Dateien bis 40 MB.',
            en: 'The file is too large (50 MB). Files of up to 40 MB can be imported.',
          },
        },
      ],
    })
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
