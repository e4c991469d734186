import { describe, expect, it } from 'vitest'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { deleteCompany, listCompanies, saveCompany } from '@/storage/companies-repository'
import { listSummaries } from '@/storage/assessments-repository'
import { deleteAssessment, restoreAssessment } from '@/storage/assessment-removal'
import { applyImport } from '@/storage/exchange-repository'
import { exportFile, planFileImport } from '@/stores/exchange-backup'
import { localDate, selfAssessmentFile } from '@/stores/exchange-files'
import { portfolioFile } from '@/stores/portfolio-file'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import { useFreshDatabase } from '../storage/storage-test-helpers'
import { dumpDatabase, fillDatabase } from './exchange-test-helpers'
import { portfolioWords } from './portfolio-words'

useFreshDatabase()

const NOW = new Date('2025-03-04T10:00:00.000Z')

describe('export files', () => {
  it('a backup of everything with the notes, imported into an emptied database, gives back exactly the stored data', async () => {
    await fillDatabase()
    const before = await dumpDatabase()
    const backup = await exportFile(undefined, NOW, { includeNotes: true })
    expect(backup.fileName).toBe('reifegrad-sicherung-2025-03-04.json')
    expect(backup.type).toBe('application/json')

    for (const company of await listCompanies()) await deleteCompany(company.id, { withChecks: true })
    for (const summary of (await listSummaries({ limit: 100 })).items) await deleteAssessment(summary.id)
    expect((await listSummaries({ limit: 100 })).items).toEqual([])

    const parsed = parseImportFile(backup.text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const plan = await planFileImport(parsed.file)
    expect(plan.counts.skip).toEqual({ companies: 0, assessments: 0, plans: 0 })
    await applyImport(plan)
    expect(await dumpDatabase()).toBe(before)
  })

  it('a company file holds that company and its checks only, named after it', async () => {
    await fillDatabase()
    const file = await exportFile('c-1', NOW)
    expect(file.fileName).toBe('reifegrad-betrieb-tischlerei-meyer-2025-03-04.json')
    const parsed = parseImportFile(file.text)
    expect(parsed.ok && parsed.file.scope).toBe('company')
    expect(parsed.ok && parsed.file.assessments.map((check) => check.id).sort()).toEqual(['a-1', 'a-2'])
  })

  it('a business’s own completed check becomes a self-assessment file its consultant can import', () => {
    const file = selfAssessmentFile(completedRecord({ id: 'own', companyId: null }), null, NOW)
    expect(file.fileName).toBe('reifegrad-selbsteinschaetzung-2025-03-04.json')
    const parsed = parseImportFile(file.text)
    expect(parsed.ok && [parsed.file.scope, parsed.file.companies.length, parsed.file.assessments[0]!.id]).toEqual(['self-assessment', 0, 'own'])
    // A draft is no self-assessment: the app never writes a file its own import refuses.
    expect(() => selfAssessmentFile(draftRecord({ companyId: null }), null, NOW)).toThrow(RangeError)
  })

  it('file names carry the local date', () => {
    expect(localDate(new Date(2025, 0, 31, 23, 30))).toBe('2025-01-31')
  })
})

describe('portfolio file', () => {
  it('is a CSV with BOM and header, one line per completed check, by company name, own checks last', async () => {
    await saveCompany(companyRecord({ id: 'c-z', name: 'Zimmerei Zorn' }), null)
    await saveCompany(companyRecord({ id: 'c-a', name: 'Ärztehaus Ahlen' }), null)
    await restoreAssessment(completedRecord({ id: 'z2', companyId: 'c-z', completedAt: at(60 * 24 * 40), updatedAt: at(60 * 24 * 40) }))
    await restoreAssessment(completedRecord({ id: 'z1', companyId: 'c-z', completedAt: at(10), updatedAt: at(10) }))
    await restoreAssessment(completedRecord({ id: 'a1', companyId: 'c-a' }))
    await restoreAssessment(completedRecord({ id: 'own', companyId: null }))
    await restoreAssessment(draftRecord({ id: 'draft', companyId: 'c-a' }))

    const loaded: string[] = []
    const file = await portfolioFile(portfolioWords('de'), async (id, version) => {
      loaded.push(`${id}@${version}`)
      return null
    }, NOW)
    // Each questionnaire version is asked for once; one that cannot be loaded leaves level numbers.
    expect(loaded).toEqual(['reifegrad-ni@1.0.0'])
    expect(file.fileName).toBe('reifegrad-portfolio-2025-03-04.csv')
    expect(file.text.startsWith('\uFEFFBetrieb;Datum;Fragebogen;Gesamt;Stufe;')).toBe(true)
    const lines = file.text.slice(1).split('\r\n').filter(Boolean)
    expect(lines.map((line) => line.split(';').slice(0, 2).join(';'))).toEqual([
      'Betrieb;Datum',
      'Ärztehaus Ahlen;2025-01-15',
      'Zimmerei Zorn;2025-01-15',
      'Zimmerei Zorn;2025-02-24',
      'eigener Betrieb;2025-01-15',
    ])
    expect(lines[1]!.split(';').slice(2, 5)).toEqual(['reifegrad-ni@1.0.0', '63', '4'])
  })
})
