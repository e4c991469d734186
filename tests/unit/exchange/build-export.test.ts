import { describe, expect, it } from 'vitest'
import { buildExport, exportFileName } from '@/domain/exchange/build-export'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { ENGINE_VERSION } from '@/domain/scoring/engine-version'
import { EXPORT_FORMAT_VERSION } from '@/domain/shapes/export-file'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'

describe('buildExport', () => {
  it('wraps the records in the envelope of the current format version', () => {
    expect(EXPORT_FORMAT_VERSION).toBe(2)
    const company = companyRecord()
    const checks = [draftRecord({ companyId: 'c-1' }), completedRecord({ id: 'a-2', companyId: 'c-1' })]
    const file = buildExport({ scope: 'company', companies: [company], assessments: checks }, '2025-03-01T10:00:00+01:00')
    expect(file).toEqual({
      format: 'reifegrad-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2025-03-01T09:00:00.000Z',
      app: { engineVersion: ENGINE_VERSION },
      scope: 'company',
      // The consultant's notes stay out unless chosen: a handover file is often mailed on.
      includesNotes: false,
      companies: [company],
      assessments: checks.map((check) => ({ ...check, notes: {}, followUps: [] })),
      plans: [],
    })
    expect(checks[0]!.notes).toEqual({ q1: 'Nachfragen' })
    const withNotes = buildExport({ scope: 'company', companies: [company], assessments: checks, includeNotes: true }, '2025-03-01T10:00:00+01:00')
    expect(withNotes).toMatchObject({ includesNotes: true, assessments: checks })
  })

  it('carries the plans of the file’s completed checks, and refuses a plan of a check it does not hold', () => {
    const done = completedRecord({ id: 'a-2', companyId: 'c-1' })
    const plan = {
      schemaVersion: 1 as const, assessmentId: 'a-2', companyId: 'c-1', questionnaireId: done.questionnaireId, reviewOn: '2025-06-30',
      steps: [], createdAt: at(40), updatedAt: at(40),
    }
    const file = buildExport({ scope: 'company', companies: [companyRecord()], assessments: [done], plans: [plan] }, at(50))
    expect(file.plans).toEqual([plan])
    expect(parseImportFile(JSON.stringify(file))).toEqual({ ok: true, file })
    expect(() => buildExport({ scope: 'company', companies: [companyRecord()], assessments: [], plans: [plan] }, at(50))).toThrow(
      new RangeError('Cannot export: $.plans[0].assessmentId plan-of-missing-check'),
    )
  })

  it('writes only files its own import accepts', () => {
    const files = [
      buildExport({ scope: 'all', companies: [companyRecord()], assessments: [draftRecord({ companyId: 'c-1' }), draftRecord({ id: 'a-2' })] }, at(0)),
      buildExport({ scope: 'self-assessment', companies: [], assessments: [completedRecord({ companyId: null })] }, at(0)),
      buildExport({ scope: 'all', companies: [], assessments: [] }, at(0)),
    ]
    for (const file of files) expect(parseImportFile(JSON.stringify(file))).toEqual({ ok: true, file })
  })

  it('refuses records that do not fit the scope, and an invalid time', () => {
    const company = companyRecord()
    expect(() => buildExport({ scope: 'company', companies: [company], assessments: [draftRecord({ companyId: 'c-2' })] }, at(0))).toThrow(
      new RangeError('Cannot export: $.assessments[0].companyId check-of-missing-company'),
    )
    expect(() => buildExport({ scope: 'self-assessment', companies: [], assessments: [draftRecord()] }, at(0))).toThrow(
      new RangeError('Cannot export: $.assessments[0].status self-assessment-not-completed'),
    )
    expect(() => buildExport({ scope: 'all', companies: [company, company], assessments: [] }, at(0))).toThrow(
      new RangeError('Cannot export: $.companies[1].id duplicate'),
    )
    expect(() => buildExport({ scope: 'all', companies: [], assessments: [] }, 'today')).toThrow(RangeError)
  })
})

describe('exportFileName', () => {
  it('names the scope, the company in ASCII and the date', () => {
    const company = companyRecord({ name: 'Bäckerei Müller & Söhne – Großküche' })
    expect(exportFileName(buildExport({ scope: 'company', companies: [company], assessments: [] }, at(0)))).toBe(
      'reifegrad-betrieb-baeckerei-mueller-soehne-grosskueche-2025-01-15.json',
    )
    expect(exportFileName(buildExport({ scope: 'all', companies: [], assessments: [] }, at(0)))).toBe('reifegrad-sicherung-2025-01-15.json')
    const hostile = companyRecord({ name: '../../<script>' })
    expect(exportFileName(buildExport({ scope: 'company', companies: [hostile], assessments: [] }, at(0)))).toBe(
      'reifegrad-betrieb-script-2025-01-15.json',
    )
  })
})
