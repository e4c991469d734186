import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useExchangeImportStore } from '@/stores/exchange-import'
import { getAssessment } from '@/storage/assessments-repository'
import { saveCompany } from '@/storage/companies-repository'
import { StorageError } from '@/storage/errors'
import { DEFAULT_MAX_IMPORT_BYTES } from '@/domain/shapes/export-file'
import { companyRecord } from '../assessment/fixtures'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import { dumpDatabase, fillDatabase, HOSTILE, importText, readFixture } from '../exchange/exchange-test-helpers'

useFreshDatabase()
beforeEach(() => setActivePinia(createPinia()))

const file = (text: string, name = 'datei.json') => new File([text], name, { type: 'application/json' })

describe('import store', () => {
  it('a hostile file is refused with its problems and paths, and nothing is stored', async () => {
    await fillDatabase()
    const before = await dumpDatabase()
    const store = useExchangeImportStore()
    await store.read(file(readFileSync(join(HOSTILE, 'proto-in-company.json'), 'utf8')))
    expect(store.step).toBe('invalid')
    expect(store.errors).toEqual([{ path: '$.companies[0].__proto__', code: 'unknown-key', params: { key: '__proto__' } }])
    expect(store.plan).toBeNull()
    expect(await dumpDatabase()).toBe(before)
  })

  it('a file above the size limit is refused before it is read', async () => {
    const store = useExchangeImportStore()
    const huge = { size: DEFAULT_MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as File
    await store.read(huge)
    expect(store.step).toBe('invalid')
    expect(store.errors).toEqual([{ path: '$', code: 'file-too-large', params: { size: 40.1, max: 40 } }])
  })

  it('previews a company file (added, updated, skipped) and writes exactly that on confirm', async () => {
    await fillDatabase()
    const store = useExchangeImportStore()
    await store.read(file(readFixture('company-export.json')))
    expect(store.step).toBe('preview')
    expect(store.needsTarget).toBe(false)
    const counts = store.plan!.counts
    expect(counts.add.assessments + counts.update.assessments).toBeGreaterThan(0)
    await store.confirm()
    expect(store.step).toBe('done')
    expect(store.counts).toEqual(counts)
    expect(await getAssessment('a-import-done')).not.toBeNull()
  })

  it('refuses a check of a questionnaire version this installation does not ship', async () => {
    const store = useExchangeImportStore()
    const text = readFixture('company-export.json').replaceAll('"questionnaireVersion": "1.0.0"', '"questionnaireVersion": "9.9.9"').replaceAll('digitalisierungsgrad-check@1.0.0', 'digitalisierungsgrad-check@9.9.9')
    await store.read(file(text))
    expect(store.step).toBe('invalid')
    expect(store.errors.map((error) => error.code)).toEqual(['unknown-questionnaire', 'unknown-questionnaire'])
  })

  it('a self-assessment waits for its company and is then imported into it', async () => {
    await saveCompany(companyRecord({ id: 'c-bakery', name: 'Bäckerei Brandt' }), null)
    const store = useExchangeImportStore()
    await store.read(file(readFixture('self-assessment.json')))
    expect(store.step).toBe('preview')
    expect(store.needsTarget).toBe(true)
    expect(store.plan).toBeNull()
    expect(store.companies.map((company) => company.id)).toEqual(['c-bakery'])
    await store.chooseTarget('c-bakery')
    expect(store.plan!.counts.add.assessments).toBe(1)
    await store.confirm()
    expect((await getAssessment('a-import-done'))!.companyId).toBe('c-bakery')
  })

  it('if the data changed since the preview, nothing is written and the preview is renewed', async () => {
    await fillDatabase()
    const store = useExchangeImportStore()
    await store.read(file(readFixture('company-export.json')))
    // Meanwhile another tab imported the same file (straight through storage).
    expect((await importText(readFixture('company-export.json'))).ok).toBe(true)
    const error = await store.confirm().then(() => null, (e: unknown) => e)
    expect((error as StorageError).kind).toBe('import-changed-since-preview')
    expect(store.step).toBe('preview')
    expect(store.plan!.counts.add.assessments + store.plan!.counts.update.assessments).toBe(0)
  })
})
