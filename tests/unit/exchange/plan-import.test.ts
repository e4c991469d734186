import { describe, expect, it } from 'vitest'
import { buildExport } from '@/domain/exchange/build-export'
import type { ExportFile } from '@/domain/shapes/export-file'
import { planImport, type ExistingAssessment, type ExistingRecords } from '@/domain/exchange/plan-import'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'
import type { PlanRecord } from '@/domain/shapes/plan'

function existing(companies: CompanyRecord[] = [], assessments: AssessmentRecord[] = [], withRecords = true, plans: PlanRecord[] = []): ExistingRecords {
  const index = (record: AssessmentRecord): ExistingAssessment => {
    const entry = { updatedAt: record.updatedAt, status: record.status, companyId: record.companyId }
    return withRecords ? { ...entry, record } : entry
  }
  return {
    companies: new Map(companies.map((company) => [company.id, company])),
    assessments: new Map(assessments.map((assessment) => [assessment.id, index(assessment)])),
    plans: new Map(plans.map((plan) => [plan.assessmentId, plan])),
  }
}

/** The Maßnahmenplan of a completed check, with one step. */
function planOf(check: AssessmentRecord, updatedAt = check.updatedAt): PlanRecord {
  return {
    schemaVersion: 1, assessmentId: check.id, companyId: check.companyId, questionnaireId: check.questionnaireId, reviewOn: null,
    steps: [{ id: 's-1', text: 'Backup einrichten', dimension: 'reifegrad', owner: 'Herr Meyer', due: '2025-03-31', status: 'open', note: '', offers: [], createdAt: check.updatedAt, updatedAt, doneAt: null }],
    createdAt: check.updatedAt,
    updatedAt,
  }
}

function allFile(companies: CompanyRecord[], assessments: AssessmentRecord[]): ExportFile {
  return buildExport({ scope: 'all', companies, assessments }, at(100))
}

describe('planImport', () => {
  it('adds what is not stored and counts it', () => {
    const plan = planImport(allFile([companyRecord()], [draftRecord({ companyId: 'c-1' })]), existing())
    expect(plan.add.companies.map((c) => c.id)).toEqual(['c-1'])
    expect(plan.add.assessments.map((a) => a.id)).toEqual(['a-1'])
    expect(plan.counts).toEqual({
      add: { companies: 1, assessments: 1, plans: 0 },
      update: { companies: 0, assessments: 0, plans: 0 },
      skip: { companies: 0, assessments: 0, plans: 0 },
    })
  })

  it('skips identical records, even with their keys in another order', () => {
    const company = companyRecord()
    const check = completedRecord({ companyId: 'c-1' })
    const reordered = Object.fromEntries(Object.entries(structuredClone(check)).reverse()) as unknown as AssessmentRecord
    expect(Object.keys(reordered)[0]).toBe('result')
    const plan = planImport(allFile([company], [check]), existing([{ ...company }], [reordered]))
    expect(plan.skip).toEqual({ companies: [{ id: 'c-1', reason: 'identical' }], assessments: [{ id: 'a-1', reason: 'identical' }], plans: [] })
    expect(plan.counts.skip).toEqual({ companies: 1, assessments: 1, plans: 0 })
  })

  it('skips records whose stored copy is as new or newer', () => {
    const stored = [companyRecord({ name: 'Neuer Name', updatedAt: at(10) })]
    const storedChecks = [draftRecord({ id: 'a-1', updatedAt: at(10) }), draftRecord({ id: 'a-2', updatedAt: at(10) })]
    const file = allFile(
      [companyRecord({ updatedAt: at(10) })],
      [draftRecord({ id: 'a-1', updatedAt: at(5), currentStep: 9 }), draftRecord({ id: 'a-2', updatedAt: at(10), currentStep: 9 })],
    )
    const plan = planImport(file, existing(stored, storedChecks))
    expect(plan.skip.companies).toEqual([{ id: 'c-1', reason: 'older' }])
    expect(plan.skip.assessments).toEqual([{ id: 'a-1', reason: 'older' }, { id: 'a-2', reason: 'older' }])
  })

  it('updates records that are newer in the file', () => {
    const file = allFile([companyRecord({ name: 'Neu', updatedAt: at(20) })], [completedRecord({ updatedAt: at(40) })])
    const plan = planImport(file, existing([companyRecord()], [draftRecord({ updatedAt: at(10) })]))
    expect(plan.update.companies.map((c) => c.name)).toEqual(['Neu'])
    expect(plan.update.assessments.map((a) => a.status)).toEqual(['completed'])
    expect(plan.counts.update).toEqual({ companies: 1, assessments: 1, plans: 0 })
  })

  it('never overwrites a completed check with a draft, however new the draft is', () => {
    const file = allFile([], [draftRecord({ updatedAt: at(999) })])
    const plan = planImport(file, existing([], [completedRecord()]))
    expect(plan.skip.assessments).toEqual([{ id: 'a-1', reason: 'stored-completed' }])
    expect(plan.update.assessments).toEqual([])
  })

  it('without the stored record, an equal time counts as older', () => {
    const check = draftRecord()
    expect(planImport(allFile([], [check]), existing([], [check], false)).skip.assessments).toEqual([{ id: 'a-1', reason: 'older' }])
  })

  it('imports a self-assessment into a stored company', () => {
    const own = completedRecord({ companyId: null })
    const file = buildExport({ scope: 'self-assessment', companies: [], assessments: [own] }, at(100))
    const plan = planImport(file, existing([companyRecord()]), { companyId: 'c-1' })
    // A file is made without the consultant's notes unless they were chosen.
    expect(plan.add.assessments).toEqual([{ ...own, companyId: 'c-1', notes: {}, followUps: [] }])
    expect(file.assessments[0]?.companyId).toBeNull()
    // Imported again into the same company: recognised as the same check.
    const again = planImport(file, existing([companyRecord()], [{ ...own, companyId: 'c-1' }]), { companyId: 'c-1' })
    expect(again.skip.assessments).toEqual([{ id: 'a-1', reason: 'identical' }])
  })

  it('never moves a check stored under another business (or under none): it is skipped as a conflict, whatever its time', () => {
    const storedUnderOther = completedRecord({ id: 'a-1', companyId: 'c-2', updatedAt: at(10) })
    const storedOwn = draftRecord({ id: 'a-2', companyId: null, updatedAt: at(10) })
    const file = allFile([companyRecord()], [completedRecord({ id: 'a-1', companyId: 'c-1', updatedAt: at(50) }), draftRecord({ id: 'a-2', companyId: 'c-1', updatedAt: at(50) })])
    const plan = planImport(file, existing([companyRecord()], [storedUnderOther, storedOwn]))
    expect(plan.skip.assessments).toEqual([
      { id: 'a-1', reason: 'other-business', storedCompanyId: 'c-2' },
      { id: 'a-2', reason: 'other-business', storedCompanyId: null },
    ])
    expect(plan.update.assessments).toEqual([])
    expect(plan.add.assessments).toEqual([])
    expect(plan.counts.skip.assessments).toBe(2)
  })

  it('imports a self-assessment into a business only when its id is not stored under another one', () => {
    const own = completedRecord({ companyId: null })
    const file = buildExport({ scope: 'self-assessment', companies: [], assessments: [own] }, at(100))
    const plan = planImport(file, existing([companyRecord(), companyRecord({ id: 'c-2' })], [{ ...own, companyId: 'c-2' }]), { companyId: 'c-1' })
    expect(plan.skip.assessments).toEqual([{ id: 'a-1', reason: 'other-business', storedCompanyId: 'c-2' }])
    expect(plan.add.assessments).toEqual([])
  })

  it('keeps the notes stored here when the file comes without notes, and takes them from a file with notes', () => {
    const stored = completedRecord({ companyId: 'c-1', updatedAt: at(30) })
    const newer = completedRecord({ companyId: 'c-1', updatedAt: at(60), notes: { q1: 'Neue Notiz' }, currentStep: 5 })
    const withoutNotes = planImport(allFile([companyRecord()], [newer]), existing([companyRecord()], [stored]))
    expect(withoutNotes.update.assessments).toEqual([{ ...newer, notes: stored.notes, followUps: stored.followUps }])
    const withNotes = planImport(buildExport({ scope: 'all', companies: [companyRecord()], assessments: [newer], includeNotes: true }, at(100)), existing([companyRecord()], [stored]))
    expect(withNotes.update.assessments).toEqual([newer])
  })

  it('decides a plan like a company: added, updated when newer, skipped when identical or older, and never for a check that stays with another business', () => {
    const check = completedRecord({ companyId: 'c-1' })
    const file = (plan: PlanRecord) => buildExport({ scope: 'all', companies: [companyRecord()], assessments: [check], plans: [plan] }, at(100))
    expect(planImport(file(planOf(check)), existing([companyRecord()])).add.plans).toEqual([planOf(check)])
    expect(planImport(file(planOf(check, at(90))), existing([companyRecord()], [check], true, [planOf(check, at(80))])).update.plans).toEqual([planOf(check, at(90))])
    expect(planImport(file(planOf(check, at(80))), existing([companyRecord()], [check], true, [planOf(check, at(90))])).skip.plans).toEqual([{ id: 'a-1', reason: 'older' }])
    expect(planImport(file(planOf(check)), existing([companyRecord()], [check], true, [planOf(check)])).skip.plans).toEqual([{ id: 'a-1', reason: 'identical' }])
    const elsewhere = planImport(file(planOf(check)), existing([companyRecord()], [{ ...check, companyId: 'c-2' }]))
    expect(elsewhere.skip.plans).toEqual([{ id: 'a-1', reason: 'other-business', storedCompanyId: 'c-2' }])
    expect(elsewhere.counts.skip).toEqual({ companies: 1, assessments: 1, plans: 1 })
  })

  it('refuses a target for a file that is no self-assessment, or a target that is not stored', () => {
    const own = buildExport({ scope: 'self-assessment', companies: [], assessments: [completedRecord({ companyId: null })] }, at(100))
    expect(() => planImport(own, existing(), { companyId: 'c-1' })).toThrow(RangeError)
    const file = allFile([companyRecord()], [])
    expect(() => planImport(file, existing([companyRecord()]), { companyId: 'c-1' })).toThrow(RangeError)
  })
})
