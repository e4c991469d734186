import { describe, expect, it } from 'vitest'
import type { AssessmentRecord, CompanyRecord } from '@/domain/assessment/types'
import { buildExport } from '@/domain/exchange/build-export'
import type { ExportFile } from '@/domain/exchange/export-file'
import { planImport, type ExistingAssessment, type ExistingRecords } from '@/domain/exchange/plan-import'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'

function existing(companies: CompanyRecord[] = [], assessments: AssessmentRecord[] = [], withRecords = true): ExistingRecords {
  const index = (record: AssessmentRecord): ExistingAssessment =>
    withRecords ? { updatedAt: record.updatedAt, status: record.status, record } : { updatedAt: record.updatedAt, status: record.status }
  return {
    companies: new Map(companies.map((company) => [company.id, company])),
    assessments: new Map(assessments.map((assessment) => [assessment.id, index(assessment)])),
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
      add: { companies: 1, assessments: 1 },
      update: { companies: 0, assessments: 0 },
      skip: { companies: 0, assessments: 0 },
    })
  })

  it('skips identical records, even with their keys in another order', () => {
    const company = companyRecord()
    const check = completedRecord({ companyId: 'c-1' })
    const reordered = Object.fromEntries(Object.entries(structuredClone(check)).reverse()) as unknown as AssessmentRecord
    expect(Object.keys(reordered)[0]).toBe('result')
    const plan = planImport(allFile([company], [check]), existing([{ ...company }], [reordered]))
    expect(plan.skip).toEqual({ companies: [{ id: 'c-1', reason: 'identical' }], assessments: [{ id: 'a-1', reason: 'identical' }] })
    expect(plan.counts.skip).toEqual({ companies: 1, assessments: 1 })
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
    expect(plan.counts.update).toEqual({ companies: 1, assessments: 1 })
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
    expect(plan.add.assessments).toEqual([{ ...own, companyId: 'c-1' }])
    expect(file.assessments[0]?.companyId).toBeNull()
    // Imported again into the same company: recognised as the same check.
    const again = planImport(file, existing([companyRecord()], [{ ...own, companyId: 'c-1' }]), { companyId: 'c-1' })
    expect(again.skip.assessments).toEqual([{ id: 'a-1', reason: 'identical' }])
  })

  it('refuses a target for a file that is no self-assessment, or a target that is not stored', () => {
    const own = buildExport({ scope: 'self-assessment', companies: [], assessments: [completedRecord({ companyId: null })] }, at(100))
    expect(() => planImport(own, existing(), { companyId: 'c-1' })).toThrow(RangeError)
    const file = allFile([companyRecord()], [])
    expect(() => planImport(file, existing([companyRecord()]), { companyId: 'c-1' })).toThrow(RangeError)
  })
})
