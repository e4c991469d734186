import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { buildExport } from '@/domain/exchange/build-export'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { planImport, type ExistingRecords } from '@/domain/exchange/plan-import'
import { addOwnStep, newPlan, updateStep } from '@/domain/plan/plan-edits'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'
import { exportFileShape, fileRuleIssues, type ExportFile } from '@/domain/shapes/export-file'
import type { PlanRecord } from '@/domain/shapes/plan'
import { getAssessment } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { saveCompany } from '@/storage/companies-repository'
import { openDatabase, setDatabaseFactory } from '@/storage/database'
import { applyImport } from '@/storage/exchange-repository'
import { getPlan, listPlans, savePlan } from '@/storage/plans-repository'
import { exportFile, planFileImport } from '@/stores/exchange-backup'
import { selfAssessmentFile } from '@/stores/exchange-files'
import { at, company, completedCheck, draftCheck, plan, step, useFreshDatabase } from '../plan/plan-builders'

useFreshDatabase()

const NOW = new Date('2026-11-29T12:00:00.000Z')

/** Parses an export file's text with the app's import parser; fails the test on any problem. */
function parseText(text: string): ExportFile {
  const parsed = parseImportFile(text)
  if (!parsed.ok) throw new Error(`the file was refused: ${JSON.stringify(parsed.errors.slice(0, 5))}`)
  return parsed.file
}

/** The issues (path and code) of an export file's text, [] when it is accepted. */
function importIssues(file: unknown): { path: string; code: string }[] {
  const parsed = parseImportFile(JSON.stringify(file))
  return parsed.ok ? [] : parsed.errors.map(({ path, code }) => ({ path, code }))
}

function existing(companies: CompanyRecord[], assessments: AssessmentRecord[], plans: PlanRecord[]): ExistingRecords {
  return {
    companies: new Map(companies.map((entry) => [entry.id, entry])),
    assessments: new Map(assessments.map((record) => [record.id, { updatedAt: record.updatedAt, status: record.status, companyId: record.companyId, record }])),
    plans: new Map(plans.map((entry) => [entry.assessmentId, entry])),
  }
}

const checkA = completedCheck({ id: 'check-a', companyId: 'company-a', notes: { 'be-plan': 'Vertraulich: Chef skeptisch' }, followUps: ['be-plan'] })
const planA = plan({
  assessmentId: 'check-a',
  companyId: 'company-a',
  reviewOn: '2027-03-01',
  steps: [step({ id: 's1', text: 'Backup, täglich; prüfen', owner: 'Frau Ünal', note: 'Mit IT-Partner', due: '2026-12-15' }), step({ id: 's2', status: 'done' })],
})

describe('export file version 2 with plans', () => {
  it('holds the plans and leaves the notes on questions out unless asked for', () => {
    const input = { scope: 'company' as const, companies: [company({ id: 'company-a' })], assessments: [checkA], plans: [planA] }
    const without = buildExport(input, at(500))
    expect(without.formatVersion).toBe(2)
    expect(without.includesNotes).toBe(false)
    expect(without.plans).toEqual([planA])
    expect(without.assessments).toEqual([{ ...checkA, notes: {}, followUps: [] }])
    // The records given are not changed.
    expect(checkA.notes).toEqual({ 'be-plan': 'Vertraulich: Chef skeptisch' })
    expect(JSON.stringify(without)).not.toContain('Chef skeptisch')

    const withNotes = buildExport({ ...input, includeNotes: true }, at(500))
    expect(withNotes.includesNotes).toBe(true)
    expect(withNotes.assessments).toEqual([checkA])
    // A plan's own note is part of the plan, not of the notes on questions.
    expect(without.plans[0]!.steps[0]!.note).toBe('Mit IT-Partner')
  })

  it('a file without plans has an empty list', () => {
    const file = buildExport({ scope: 'all', companies: [], assessments: [completedCheck()] }, at(1))
    expect(file.plans).toEqual([])
    expect(parseText(JSON.stringify(file)).plans).toEqual([])
  })

  it('the file the export writes is accepted by the import as it is', () => {
    const file = buildExport({ scope: 'company', companies: [company({ id: 'company-a' })], assessments: [checkA], plans: [planA], includeNotes: true }, at(500))
    expect(parseText(JSON.stringify(file))).toEqual(file)
  })

  it('refuses a plan whose check is not a completed check of the file, or is of another business (export and import alike)', () => {
    const companies = [company({ id: 'company-a' }), company({ id: 'company-b', name: 'Bäckerei B' })]
    const draft = draftCheck({ id: 'draft-a', companyId: 'company-a' })
    const cases: [string, PlanRecord, string][] = [
      ['a check the file does not hold', plan({ assessmentId: 'missing', companyId: 'company-a' }), '$.plans[1].assessmentId'],
      ['a draft', plan({ assessmentId: 'draft-a', companyId: 'company-a' }), '$.plans[1].assessmentId'],
      ['under another business than its check', plan({ assessmentId: 'check-b', companyId: 'company-a' }), '$.plans[1].companyId'],
      ['under no business while its check has one', plan({ assessmentId: 'check-b', companyId: null }), '$.plans[1].companyId'],
    ]
    for (const [label, wrong, path] of cases) {
      const input = {
        scope: 'all' as const,
        companies,
        assessments: [checkA, draft, completedCheck({ id: 'check-b', companyId: 'company-b' })],
        plans: [planA, wrong],
      }
      expect(() => buildExport(input, at(1)), label).toThrow(RangeError)
      const file = { ...buildExport({ ...input, plans: [planA] }, at(1)), plans: [planA, wrong] }
      expect(fileRuleIssues(file).map(({ path: at, code }) => ({ path: at, code })), label).toEqual([{ path, code: 'plan-of-missing-check' }])
      expect(importIssues(file), label).toEqual([{ path, code: 'plan-of-missing-check' }])
    }
  })

  it('refuses two plans of one check', () => {
    const base = buildExport({ scope: 'company', companies: [company({ id: 'company-a' })], assessments: [checkA], plans: [planA] }, at(1))
    const file = { ...base, plans: [planA, { ...planA, updatedAt: at(999) }] }
    expect(importIssues(file)).toEqual([{ path: '$.plans[1].assessmentId', code: 'duplicate' }])
    expect(() => buildExport({ scope: 'company', companies: [company({ id: 'company-a' })], assessments: [checkA], plans: [planA, planA] }, at(1))).toThrow(RangeError)
  })

  it('a self-assessment may carry the plan of its check', () => {
    const own = completedCheck({ id: 'own', companyId: null })
    const ownPlan = plan({ assessmentId: 'own', companyId: null, steps: [step()] })
    const file = parseText(selfAssessmentFile(own, ownPlan, NOW).text)
    expect(file.plans).toEqual([ownPlan])
    expect(file.includesNotes).toBe(false)
  })

  it('checks every plan with the plan schema on import', () => {
    const base = buildExport({ scope: 'company', companies: [company({ id: 'company-a' })], assessments: [checkA], plans: [planA] }, at(1))
    const damaged = { ...base, plans: [{ ...planA, steps: [{ ...planA.steps[1]!, doneAt: null }] }] }
    // Each problem names its place in the file, so the user can find it.
    expect.soft(importIssues(damaged)).toEqual([{ path: '$.plans[0].steps[0].doneAt', code: 'required' }])
    const twice = { ...base, plans: [{ ...planA, steps: [planA.steps[0]!, { ...planA.steps[1]!, id: planA.steps[0]!.id }] }] }
    const parsed = parseImportFile(JSON.stringify(twice))
    expect.soft(parsed.ok ? [] : parsed.errors).toEqual([{ path: '$.plans[0].steps[1].id', code: 'duplicate', params: { value: 's1', first: '$.plans[0].steps[0]' } }])
    const { plans: _plans, ...withoutPlans } = base
    expect(importIssues(withoutPlans)).toEqual([{ path: '$.plans', code: 'required' }])
    const { includesNotes: _flag, ...withoutFlag } = base
    expect(importIssues(withoutFlag)).toEqual([{ path: '$.includesNotes', code: 'required' }])
  })

  it('a file of format 1 (release 1) is read as holding its notes and no plans', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/released/v1/export-backup.json'), 'utf8')
    const file = parseText(text)
    expect(file.formatVersion).toBe(2)
    expect(file.includesNotes).toBe(true)
    expect(file.plans).toEqual([])
    expect(exportFileShape.parse(JSON.parse(text)).ok).toBe(true)
  })
})

describe('planImport of plans', () => {
  const companies = [company({ id: 'company-a' })]
  const fileOf = (plans: PlanRecord[], assessments: AssessmentRecord[] = [checkA], includeNotes = true) =>
    buildExport({ scope: 'company', companies, assessments, plans, includeNotes }, at(600))

  it('adds a plan that is not stored', () => {
    const decided = planImport(fileOf([planA]), existing(companies, [checkA], []))
    expect(decided.add.plans).toEqual([planA])
    expect(decided.counts).toMatchObject({ add: { plans: 1 }, update: { plans: 0 }, skip: { plans: 0 } })
  })

  it('updates a stored plan with a newer one, skips an identical one (whatever its key order) and an older or equally old one', () => {
    const newer = { ...planA, reviewOn: '2027-04-01', updatedAt: at(700) }
    expect(planImport(fileOf([newer]), existing(companies, [checkA], [planA])).update.plans).toEqual([newer])

    const reordered = Object.fromEntries(Object.entries(structuredClone(planA)).reverse()) as unknown as PlanRecord
    const identical = planImport(fileOf([planA]), existing(companies, [checkA], [reordered]))
    expect(identical.skip.plans).toEqual([{ id: 'check-a', reason: 'identical' }])

    const older = { ...planA, reviewOn: '2020-01-01' }
    expect(planImport(fileOf([older]), existing(companies, [checkA], [{ ...planA, updatedAt: at(41) }])).skip.plans).toEqual([{ id: 'check-a', reason: 'older' }])
    expect(planImport(fileOf([older]), existing(companies, [checkA], [planA])).skip.plans).toEqual([{ id: 'check-a', reason: 'older' }])
  })

  it('skips the plan of a check that is stored under another business, naming it', () => {
    const elsewhere = { ...checkA, companyId: 'company-z' }
    const decided = planImport(fileOf([planA]), existing(companies, [elsewhere], []))
    expect(decided.skip.assessments).toEqual([{ id: 'check-a', reason: 'other-business', storedCompanyId: 'company-z' }])
    expect(decided.skip.plans).toEqual([{ id: 'check-a', reason: 'other-business', storedCompanyId: 'company-z' }])
    expect(decided.add.plans).toEqual([])
  })

  it('a self-assessment imported into a business brings its plan under that business', () => {
    const own = completedCheck({ id: 'own', companyId: null })
    const ownPlan = plan({ assessmentId: 'own', companyId: null, steps: [step()] })
    const file = parseText(selfAssessmentFile(own, ownPlan, NOW).text)
    const decided = planImport(file, existing(companies, [], []), { companyId: 'company-a' })
    expect(decided.add.assessments.map((record) => record.companyId)).toEqual(['company-a'])
    expect(decided.add.plans).toEqual([{ ...ownPlan, companyId: 'company-a' }])
  })

  it('a file without notes keeps the notes stored here for a check it updates', () => {
    const stored = { ...checkA, updatedAt: at(30) }
    const incoming = { ...checkA, updatedAt: at(90), targets: { bildung: 4 as const } }
    const decided = planImport(fileOf([], [incoming], false), existing(companies, [stored], []))
    expect(decided.update.assessments).toHaveLength(1)
    expect(decided.update.assessments[0]).toMatchObject({ updatedAt: at(90), targets: { bildung: 4 }, notes: checkA.notes, followUps: checkA.followUps })
    // A file with notes brings its own (here: none).
    const withNotes = planImport(fileOf([], [{ ...incoming, notes: {}, followUps: [] }], true), existing(companies, [stored], []))
    expect(withNotes.update.assessments[0]).toMatchObject({ notes: {}, followUps: [] })
  })
})

describe('plans through a file from one device to another', () => {
  /** Device A: two businesses, checks with notes, plans, and a check without a plan. */
  async function fillDeviceA(): Promise<{ planA: PlanRecord; planB: PlanRecord; planOwn: PlanRecord }> {
    await saveCompany(company({ id: 'company-a' }), null)
    await saveCompany(company({ id: 'company-b', name: 'Bäckerei Busch' }), null)
    const a = await restoreAssessment(checkA)
    const b = await restoreAssessment(completedCheck({ id: 'check-b', companyId: 'company-b' }))
    const own = await restoreAssessment(completedCheck({ id: 'check-own', companyId: null }))
    await restoreAssessment(completedCheck({ id: 'check-a-2', companyId: 'company-a' }))
    await restoreAssessment(draftCheck({ id: 'draft-a', companyId: 'company-a' }))
    const first = (record: AssessmentRecord, text: string) => addOwnStep(newPlan(record, at(40)), text, 'reifegrad', `${record.id}-1`, at(40))
    const savedA = await savePlan(updateStep(first(a, 'Backup, täglich; prüfen\\jetzt'), `${a.id}-1`, { status: 'done', owner: 'Frau Ünal' }, at(41)), null)
    const savedB = await savePlan(first(b, 'Kassensystem erneuern'), null)
    const savedOwn = await savePlan(first(own, 'Eigener Schritt'), null)
    return { planA: savedA, planB: savedB, planOwn: savedOwn }
  }

  it('a backup brings every plan to a fresh device; importing it again changes nothing', async () => {
    const plans = await fillDeviceA()
    const text = (await exportFile(undefined, NOW)).text
    const file = parseText(text)
    expect(file.plans.map((entry) => entry.assessmentId).sort()).toEqual(['check-a', 'check-b', 'check-own'])
    expect(file.includesNotes).toBe(false)

    setDatabaseFactory(new IDBFactory())
    const first = await planFileImport(file)
    expect(first.counts).toEqual({
      add: { companies: 2, assessments: 5, plans: 3 },
      update: { companies: 0, assessments: 0, plans: 0 },
      skip: { companies: 0, assessments: 0, plans: 0 },
    })
    await applyImport(first)
    expect(await getPlan('check-a')).toEqual(plans.planA)
    expect(await getPlan('check-b')).toEqual(plans.planB)
    expect(await getPlan('check-own')).toEqual(plans.planOwn)
    expect(await getPlan('check-a-2')).toBeNull()
    // The notes on questions stayed on device A.
    expect((await getAssessment('check-a'))?.notes).toEqual({})

    const database = await openDatabase()
    const dump = async () => JSON.stringify(await Promise.all(['companies', 'assessments', 'summaries', 'plans'].map((store) => database.getAll(store as 'plans'))))
    const before = await dump()
    const again = await planFileImport(parseText(text))
    expect(again.counts).toEqual({
      add: { companies: 0, assessments: 0, plans: 0 },
      update: { companies: 0, assessments: 0, plans: 0 },
      skip: { companies: 2, assessments: 5, plans: 3 },
    })
    expect(again.skip.plans.every((skipped) => skipped.reason === 'identical')).toBe(true)
    expect(again.skip.assessments.every((skipped) => skipped.reason === 'identical')).toBe(true)
    await applyImport(again)
    expect(await dump()).toBe(before)
  })

  it('a handover file of one business holds that business’s plans only', async () => {
    await fillDeviceA()
    const file = parseText((await exportFile('company-a', NOW)).text)
    expect(file.scope).toBe('company')
    expect(file.plans.map((entry) => entry.assessmentId)).toEqual(['check-a'])
    expect(file.assessments.map((record) => record.id).sort()).toEqual(['check-a', 'check-a-2', 'draft-a'])
  })

  it('with notes chosen, the notes travel too', async () => {
    await fillDeviceA()
    const file = parseText((await exportFile('company-a', NOW, { includeNotes: true })).text)
    expect(file.includesNotes).toBe(true)
    expect(file.assessments.find((record) => record.id === 'check-a')?.notes).toEqual(checkA.notes)
  })

  it('a newer plan from the file replaces the stored one; the notes stored here survive a file without notes', async () => {
    const { planA: storedPlan } = await fillDeviceA()
    // The consultant's colleague edited the plan and the check later on another device.
    const newerPlan = updateStep(storedPlan, 'check-a-1', { note: 'Nachtrag vom Kollegen' }, at(300))
    const newerCheck = { ...checkA, updatedAt: at(300), targets: { reifegrad: 5 as const } }
    const text = JSON.stringify(buildExport({ scope: 'company', companies: [company({ id: 'company-a' })], assessments: [newerCheck], plans: [newerPlan] }, at(301)))
    const decided = await planFileImport(parseText(text))
    expect(decided.counts.update).toEqual({ companies: 0, assessments: 1, plans: 1 })
    await applyImport(decided)
    expect(await getPlan('check-a')).toEqual(newerPlan)
    const stored = await getAssessment('check-a')
    expect(stored?.updatedAt).toBe(at(300))
    expect(stored?.targets).toEqual({ reifegrad: 5 })
    expect(stored?.notes).toEqual(checkA.notes)
    expect(stored?.followUps).toEqual(checkA.followUps)
    // Editing goes on from the imported version.
    await savePlan(updateStep(newerPlan, 'check-a-1', { owner: 'wieder hier' }, at(310)), newerPlan.updatedAt)
    expect(await listPlans()).toHaveLength(3)
  })

  it('a self-assessment with its plan goes into a chosen business', async () => {
    await saveCompany(company({ id: 'company-a' }), null)
    const own = completedCheck({ id: 'sent-in', companyId: null })
    const ownPlan = plan({ assessmentId: 'sent-in', companyId: null, steps: [step({ id: 'x', text: 'Vom Betrieb geplant' })] })
    const decided = await planFileImport(parseText(selfAssessmentFile(own, ownPlan, NOW).text), { companyId: 'company-a' })
    await applyImport(decided)
    expect(await getPlan('sent-in')).toEqual({ ...ownPlan, companyId: 'company-a' })
    expect((await getAssessment('sent-in'))?.companyId).toBe('company-a')
    // And the business's handover file now holds it, plan included.
    const file = parseText((await exportFile('company-a', NOW)).text)
    expect(file.plans.map((entry) => entry.assessmentId)).toEqual(['sent-in'])
  })
})
