import { describe, expect, it } from 'vitest'
import { buildExport, exportFileName } from '@/domain/exchange/build-export'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { ENGINE_VERSION } from '@/domain/scoring/engine-version'
import { at, companyRecord, completedRecord, draftRecord } from '../assessment/fixtures'

describe('buildExport', () => {
  it('wraps the records in the versioned envelope', () => {
    const company = companyRecord()
    const checks = [draftRecord({ companyId: 'c-1' }), completedRecord({ id: 'a-2', companyId: 'c-1' })]
    const file = buildExport({ scope: 'company', companies: [company], assessments: checks }, '2025-03-01T10:00:00+01:00')
    expect(file).toEqual({
      format: 'reifegrad-export',
      formatVersion: 1,
      exportedAt: '2025-03-01T09:00:00.000Z',
      app: { engineVersion: ENGINE_VERSION },
      scope: 'company',
      companies: [company],
      assessments: checks,
    })
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
      /\$\.assessments\[0\]\.companyId/,
    )
    expect(() => buildExport({ scope: 'self-assessment', companies: [], assessments: [draftRecord()] }, at(0))).toThrow(RangeError)
    expect(() => buildExport({ scope: 'all', companies: [company, company], assessments: [] }, at(0))).toThrow(/occurs twice/)
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
