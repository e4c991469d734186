import { describe, expect, it } from 'vitest'
import { isAppError } from '@/domain/app-error'
import { buildExport } from '@/domain/exchange/build-export'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { createCompany, updateCompany } from '@/domain/companies/company-record'
import type { CompanyRecord } from '@/domain/shapes/company'
import { getAssessment, saveDraft } from '@/storage/assessments-repository'
import { deleteCompany, getCompany, saveCompany } from '@/storage/companies-repository'
import { applyImport } from '@/storage/exchange-repository'
import { planFileImport } from '@/stores/exchange-backup'
import { useFreshDatabase } from '../storage/storage-test-helpers'

/**
 * Defects found with hostile files and several tabs, each reproduced against real (in-memory)
 * IndexedDB: before the fix each of these moved, reverted or revived data silently.
 */
const fresh = useFreshDatabase()

const NOW = '2026-11-29T10:00:00.000Z'
const company = (id: string, name: string): CompanyRecord =>
  createCompany({ name, state: 'DE-NI', sector: 'hw-holz', employees: '1-9', contactNotes: '' }, id, NOW)
const draftOf = (companyId: string | null, id = 'check-1') =>
  createAssessment({ id, now: NOW, questionnaireId: 'digitalisierungsgrad-check', questionnaireVersion: '1.0.0', companyId, profile: { state: 'DE-NI' } })

describe('a check id that exists under another business', () => {
  it('is a conflict in the preview and never moves the stored check (company file)', async () => {
    const businessB = company('b', 'Betrieb B')
    await saveCompany(businessB, null)
    await saveDraft(draftOf('b'))
    // Business A's handover file claims the same check id, newer.
    const businessA = company('a', 'Betrieb A')
    const incoming = { ...draftOf('a'), updatedAt: '2026-11-29T12:00:00.000Z', answers: { 'rg-orders': 'paper' } }
    const text = JSON.stringify(buildExport({ scope: 'company', companies: [businessA], assessments: [incoming] }, NOW))
    const parsed = parseImportFile(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const plan = await planFileImport(parsed.file)
    expect(plan.skip.assessments).toEqual([{ id: 'check-1', reason: 'other-business', storedCompanyId: 'b' }])
    expect(plan.counts.update.assessments).toBe(0)
    await applyImport(plan)
    const stored = await getAssessment('check-1')
    expect(stored?.companyId).toBe('b')
    expect(stored?.answers).toEqual({})
    expect(await getCompany('a')).not.toBeNull()
  })

  it('is a conflict when a self-assessment is imported into a business but the check belongs to another', async () => {
    await saveCompany(company('b', 'Betrieb B'), null)
    await saveCompany(company('a', 'Betrieb A'), null)
    await saveDraft(draftOf('b'))
    const own = { ...draftOf(null), status: 'completed' as const, completedAt: NOW, result: { engineVersion: '1.0.0', questionnaire: 'digitalisierungsgrad-check@1.0.0', overall: { score: 40, level: 3 as const, completeness: 1, answered: 1, notApplicable: 0, visible: 1 }, dimensions: [], topics: [] } }
    const parsed = parseImportFile(JSON.stringify(buildExport({ scope: 'self-assessment', companies: [], assessments: [own] }, NOW)))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const plan = await planFileImport(parsed.file, { companyId: 'a' })
    expect(plan.skip.assessments).toEqual([{ id: 'check-1', reason: 'other-business', storedCompanyId: 'b' }])
    await applyImport(plan)
    expect((await getAssessment('check-1'))?.status).toBe('draft')
  })
})

describe('editing a business in two tabs', () => {
  it('refuses a save based on an older version instead of reverting the other tab’s change', async () => {
    const stored = await saveCompany(company('a', 'Tischlerei'), null)
    // Tab 1 and tab 2 both opened the form on `stored`; tab 1 saves first.
    await saveCompany(updateCompany(stored, { ...stored, name: 'Tischlerei Meyer' }, '2026-11-29T10:01:00.000Z'), stored.updatedAt)
    const second = saveCompany(updateCompany(stored, { ...stored, contactNotes: 'Frau Meyer' }, '2026-11-29T10:02:00.000Z'), stored.updatedAt)
    await expect(second).rejects.toSatisfy((error) => isAppError(error, 'company-changed-elsewhere'))
    expect((await getCompany('a'))?.name).toBe('Tischlerei Meyer')
  })

  it('refuses to save the form of a business deleted in another tab instead of bringing it back', async () => {
    const stored = await saveCompany(company('a', 'Tischlerei'), null)
    await deleteCompany('a')
    const save = saveCompany(updateCompany(stored, { ...stored, name: 'Tischlerei Meyer' }, '2026-11-29T10:01:00.000Z'), stored.updatedAt)
    await expect(save).rejects.toSatisfy((error) => isAppError(error, 'company-deleted-elsewhere'))
    expect(await getCompany('a')).toBeNull()
  })
})

describe('the database deleted from another tab', () => {
  it('is reported as deleted, not as an update that keeps the entries', async () => {
    const { factory, problems } = fresh
    await saveCompany(company('a', 'Tischlerei'), null)
    // Another tab (another connection to the same database) deletes it.
    await new Promise<void>((resolve, reject) => {
      const request = factory().deleteDatabase('reifegrad')
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    })
    expect(problems.map((problem) => problem.kind)).toEqual(['deleted-elsewhere'])
  })
})
