import { describe, expect, it } from 'vitest'
import { parseImportFile, type ImportParseResult } from '@/domain/exchange/parse-import'
import type { Issue } from '@/domain/schema/issue'
import { MAX_LISTED_ISSUES } from '@/domain/schema/kit'
import { assessmentShape } from '@/domain/shapes/assessment'
import { companyShape } from '@/domain/shapes/company'
import { DEFAULT_MAX_IMPORT_BYTES, EXPORT_FORMAT_VERSION } from '@/domain/shapes/export-file'
import { issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { companyExport, companyExportV1, readFixture } from './exchange-test-helpers'

const COMPANY_KEYS = ['schemaVersion', 'id', 'name', 'state', 'sector', 'employees', 'contactNotes', 'createdAt', 'updatedAt']
const ASSESSMENT_KEYS = [
  'schemaVersion', 'id', 'questionnaireId', 'questionnaireVersion', 'companyId', 'profile', 'answers', 'notes',
  'followUps', 'targets', 'status', 'currentStep', 'createdAt', 'updatedAt', 'completedAt', 'result',
]

function errorsOf(result: ImportParseResult): Issue[] {
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors
}

function parse(value: unknown): ImportParseResult {
  return parseImportFile(JSON.stringify(value))
}

describe('parseImportFile: valid files', () => {
  it('reads a company export with its records unchanged', () => {
    const text = readFixture('company-export.json')
    const result = parseImportFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file).toEqual(JSON.parse(text))
    expect(result.file.scope).toBe('company')
    expect(result.file.assessments.map((check) => check.status)).toEqual(['draft', 'completed'])
  })

  it('reads a file of the released format 1 and migrates it and its records to the current versions', () => {
    const result = parseImportFile(JSON.stringify(companyExportV1()))
    expect(result).toEqual({ ok: true, file: companyExport() })
    expect(EXPORT_FORMAT_VERSION).toBe(2)
    expect(result.ok && [result.file.formatVersion, ...result.file.companies.map((c) => c.schemaVersion), ...result.file.assessments.map((a) => a.schemaVersion)]).toEqual([2, 2, 2, 2])
  })

  it('moves version 1 profile codes to version 2 when it migrates: the split sector and a free-text district', () => {
    const file = companyExportV1() as { companies: Record<string, unknown>[]; assessments: { profile: Record<string, unknown> }[] }
    file.companies[0]!.sector = 'hw-elektro-metall'
    file.assessments[0]!.profile = { state: 'DE-NI', district: 'Region Hannover', sector: 'hw-elektro-metall' }
    const result = parseImportFile(JSON.stringify(file))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.file.companies[0]?.sector).toBe('hw-metall')
    expect(result.file.assessments[0]?.profile).toEqual({ state: 'DE-NI', districtName: 'Region Hannover', sector: 'hw-metall' })
  })

  it('checks a format 1 file against format 1: a version 2 code is refused there', () => {
    const file = companyExportV1() as { companies: Record<string, unknown>[] }
    file.companies[0]!.sector = 'hw-holz'
    expect(errorsOf(parseImportFile(JSON.stringify(file)))).toEqual([
      { path: '$.companies[0].sector', code: 'not-allowed', params: expect.objectContaining({ value: 'hw-holz' }) },
    ])
  })

  it('reads a self-assessment', () => {
    const result = parseImportFile(readFixture('self-assessment.json'))
    expect(result.ok && result.file.assessments[0]?.companyId).toBeNull()
  })

  it('returns records rebuilt as plain objects holding only the allowed keys', () => {
    const result = parseImportFile(readFixture('company-export.json'))
    if (!result.ok) throw new Error('fixture must parse')
    const [company] = result.file.companies
    const [draft] = result.file.assessments
    expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(company)).toBe(Object.prototype)
    expect(Object.keys(company ?? {}).sort()).toEqual([...COMPANY_KEYS].sort())
    expect(Object.getPrototypeOf(draft)).toBe(Object.prototype)
    expect(Object.keys(draft ?? {}).sort()).toEqual([...ASSESSMENT_KEYS].sort())
    for (const part of [draft?.answers, draft?.notes, draft?.profile, draft?.targets]) {
      expect(Object.getPrototypeOf(part)).toBe(Object.prototype)
    }
  })

  it('accepts a byte order mark and normalises timestamps with an offset to UTC', () => {
    const file = companyExport()
    file.exportedAt = '2025-02-02T11:00:00+01:00'
    const company = file.companies[0]!
    company.updatedAt = '2025-02-01T09:00:00+01:00'
    const result = parseImportFile(`\uFEFF${JSON.stringify(file)}`)
    expect(result.ok && result.file.exportedAt).toBe('2025-02-02T10:00:00.000Z')
    expect(result.ok && result.file.companies[0]?.updatedAt).toBe('2025-02-01T08:00:00.000Z')
  })

  it('keeps a name with markup as the exact text, within the length limit', () => {
    const file = companyExport()
    const name = '<script>alert(1)</script> & <img src=x onerror=alert(2)>'
    file.companies[0]!.name = name
    const result = parse(file)
    expect(result.ok && result.file.companies[0]?.name).toBe(name)
  })
})

describe('parseImportFile: size', () => {
  it('refuses a file above the limit without parsing it', () => {
    // Not JSON at all: the size is the first thing checked.
    const megabyte = 1024 * 1024
    expect(errorsOf(parseImportFile('x'.repeat(3 * megabyte), { maxBytes: megabyte }))).toEqual([
      { path: '$', code: 'file-too-large', params: { size: 3, max: 1 } },
    ])
  })

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify(companyExport())
    const umlauts = text.replace('Frau Import, vormittags', 'ä€😀'.repeat(300))
    const bytes = Buffer.byteLength(umlauts, 'utf8')
    expect(bytes).toBeGreaterThan(umlauts.length + 300 * 3)
    expect(parseImportFile(umlauts, { maxBytes: bytes }).ok).toBe(true)
    expect(parseImportFile(umlauts, { maxBytes: bytes - 1 }).ok).toBe(false)
  })

  it('uses 40 MB by default (a backup of 5,000 checks is about 24 MB)', () => {
    expect(DEFAULT_MAX_IMPORT_BYTES).toBe(40 * 1024 * 1024)
    const errors = errorsOf(parseImportFile(' '.repeat(DEFAULT_MAX_IMPORT_BYTES + 1)))
    expect(errors).toEqual([{ path: '$', code: 'file-too-large', params: { size: 40.1, max: 40 } }])
    expect(issueMessage(errors[0]!, issuesEn, 'en')).toContain('up to 40 MB')
    // One byte over the limit never reads as the limit itself.
  })
})

describe('parseImportFile: not an export file', () => {
  it('reports where the JSON breaks', () => {
    expect(errorsOf(parseImportFile('{\n  "format": }'))).toEqual([
      { path: '$', code: 'json-unexpected-character', params: { line: 2, column: 13, offset: 14, char: '}' } },
    ])
    expect(errorsOf(parseImportFile('{"format": "reifegrad-export"'))).toEqual([
      { path: '$', code: 'json-ends-early', params: { line: 1, column: 30, offset: 29 } },
    ])
    expect(errorsOf(parseImportFile(''))).toEqual([{ path: '$', code: 'json-ends-early', params: { line: 1, column: 1, offset: 0 } }])
    // The words users see, in both languages.
    const [unexpected] = errorsOf(parseImportFile('{\n  "format": }'))
    expect(issueMessage(unexpected!, issuesDe, 'de')).toBe('Kein gültiges JSON: unerwartetes Zeichen „}“ in Zeile 2, Spalte 13.')
    const [early] = errorsOf(parseImportFile('{"format": "reifegrad-export"'))
    expect(issueMessage(early!, issuesEn, 'en')).toContain('line 1, column 30')
  })

  it('refuses another JSON file, a newer format version and a broken version', () => {
    expect(errorsOf(parse({ id: 'reifegrad-ni', version: '1.0.0' }))).toEqual([{ path: '$', code: 'not-an-export', params: { expected: 'reifegrad-export' } }])
    expect(errorsOf(parse({ ...companyExport(), formatVersion: 3 }))).toEqual([
      { path: '$.formatVersion', code: 'newer-version', params: { found: 3, supported: 2 } },
    ])
    expect(issueMessage({ code: 'newer-version', params: { found: 3, supported: 2 } }, issuesDe, 'de')).toBe(
      'Version 3 stammt von einer neueren Reifegrad-Version; diese liest die Versionen bis 2. Bitte aktualisieren Sie Reifegrad.',
    )
    expect(errorsOf(parse({ ...companyExport(), formatVersion: '1' }))).toEqual([
      { path: '$.formatVersion', code: 'unknown-version', params: { found: '1', supported: 2 } },
    ])
    const { formatVersion: _, ...withoutVersion } = companyExport()
    expect(errorsOf(parse(withoutVersion))).toEqual([{ path: '$.formatVersion', code: 'required' }])
  })

  it('refuses a file nested deeper than any export before looking at it', () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const text = JSON.stringify(companyExport()).replace('"currentStep":2', `"currentStep":${nested}`)
    const errors = errorsOf(parseImportFile(text))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toMatch(/^\$\.assessments\[0\]\.currentStep(\[0\])+$/)
    expect(errors[0]).toMatchObject({ code: 'json-too-deep', params: { max: 32 } })
  })

  it('refuses an object with more entries than any export holds in one place', () => {
    const file = companyExport()
    file.assessments[0]!.answers = Object.fromEntries(Array.from({ length: 5001 }, (_, index) => [`q${index}`, 1]))
    expect(errorsOf(parse(file))).toEqual([{ path: '$.assessments[0].answers', code: 'json-too-many-entries', params: { max: 5000 } }])
  })
})

describe('parseImportFile: records', () => {
  it('reports every problem of a record at its path', () => {
    const file = companyExport()
    Object.assign(file.assessments[0]!, {
      answers: { q1: 'opt-a', q2: { na: true, because: 'x' }, q3: 'T'.repeat(20_001) },
      followUps: ['q1', 7],
      targets: { breitband: 6, 'it-sicherheit': 2 },
    })
    expect(errorsOf(parse(file))).toEqual([
      { path: '$.assessments[0].answers.q2', code: 'answer-shape' },
      { path: '$.assessments[0].answers.q3', code: 'too-long', params: { length: 20_001, max: 20_000 } },
      { path: '$.assessments[0].followUps[1]', code: 'wrong-type', params: { expected: 'string', found: 'number' } },
      { path: '$.assessments[0].targets.breitband', code: 'not-allowed', params: { value: '6', allowed: '1, 2, 3, 4, 5' } },
      { path: '$.assessments[0].targets["it-sicherheit"]', code: 'unknown-key', params: { key: 'it-sicherheit' } },
    ])
  })

  it('enforces the name and note limits at their exact lengths', () => {
    const file = companyExport()
    file.companies[0]!.name = 'n'.repeat(200)
    file.companies[0]!.contactNotes = 'c'.repeat(20_000)
    expect(parse(file).ok).toBe(true)
    file.companies[0]!.name = 'n'.repeat(201)
    file.companies[0]!.contactNotes = 'c'.repeat(20_001)
    const errors = errorsOf(parse(file))
    expect(errors).toEqual([
      { path: '$.companies[0].contactNotes', code: 'too-long', params: { length: 20_001, max: 20_000 } },
      { path: '$.companies[0].name', code: 'too-long', params: { length: 201, max: 200 } },
    ])
    expect(issueMessage(errors[0]!, issuesDe, 'de')).toBe('Zu lang: 20.001 Zeichen, erlaubt sind höchstens 20.000')
    expect(issueMessage(errors[0]!, issuesEn, 'en')).toContain('20,001')
    file.companies[0]!.name = '   '
    file.companies[0]!.contactNotes = ''
    expect(errorsOf(parse(file))).toEqual([{ path: '$.companies[0].name', code: 'not-blank' }])
  })

  it('checks a draft and a completed check for consistency', () => {
    const file = companyExport()
    const [draft, completed] = file.assessments
    draft!.completedAt = '2025-02-01T09:00:00.000Z'
    completed!.completedAt = null
    expect(errorsOf(parse(file))).toEqual([
      { path: '$.assessments[0].completedAt', code: 'draft-has-time' },
      { path: '$.assessments[1].completedAt', code: 'completed-needs-time' },
    ])
    // Rules across a record's fields run once its fields are well-formed: a broken score is reported first.
    completed!.result!.overall.score = 101
    expect(errorsOf(parse(file))).toEqual([
      { path: '$.assessments[0].completedAt', code: 'draft-has-time' },
      { path: '$.assessments[1].result.overall.score', code: 'above-max', params: { value: 101, max: 100 } },
    ])
  })

  it('refuses a record list that is no list, and records that are no objects', () => {
    const file = { ...companyExport(), companies: {}, assessments: [null, 'a'] }
    const errors = errorsOf(parse(file))
    expect(errors).toHaveLength(3)
    expect(errors).toEqual(expect.arrayContaining([
      { path: '$.companies', code: 'wrong-type', params: { expected: 'array', found: 'object' } },
      { path: '$.assessments[0]', code: 'wrong-type', params: { expected: 'object', found: 'null' } },
      { path: '$.assessments[1]', code: 'wrong-type', params: { expected: 'object', found: 'string' } },
    ]))
    // The records' problems in file order.
    expect(errors.map((error) => error.path).filter((path) => path.startsWith('$.assessments'))).toEqual(['$.assessments[0]', '$.assessments[1]'])
  })

  it('refuses a check of a questionnaire this app does not have, when asked to check', () => {
    const text = JSON.stringify(companyExport())
    expect(parseImportFile(text, { hasQuestionnaire: () => true }).ok).toBe(true)
    expect(errorsOf(parseImportFile(text, { hasQuestionnaire: (reference) => reference !== 'digitalisierungsgrad-check@1.0.0' }))).toEqual([
      { path: '$.assessments[0].questionnaireVersion', code: 'unknown-questionnaire', params: { questionnaire: 'digitalisierungsgrad-check@1.0.0' } },
      { path: '$.assessments[1].questionnaireVersion', code: 'unknown-questionnaire', params: { questionnaire: 'digitalisierungsgrad-check@1.0.0' } },
    ])
  })

  it('lists at most a hundred problems however many there are', () => {
    const file = { ...companyExport(), scope: 'all', assessments: [], companies: Array.from({ length: 100_000 }, () => 0) }
    const errors = errorsOf(parse(file))
    expect(errors).toHaveLength(MAX_LISTED_ISSUES + 1)
    expect(errors.filter((error) => error.code === 'more-issues')).toEqual([{ path: '$', code: 'more-issues', params: { max: MAX_LISTED_ISSUES } }])
    expect(issueMessage({ code: 'more-issues', params: { max: MAX_LISTED_ISSUES } }, issuesDe, 'de')).toContain('weitere sind nicht aufgeführt')
  })
})

describe('records rebuilt from hostile JSON keep nothing they should not', () => {
  // The import refuses these keys; the rebuild it relies on would drop them anyway.
  it('companyShape.read and assessmentShape.read return clean objects', () => {
    const file = companyExport()
    const company = JSON.parse(
      JSON.stringify(file.companies[0]).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'),
    ) as unknown
    const check = JSON.parse(
      JSON.stringify(file.assessments[0])
        .replace(/^\{/, '{"__proto__":{"polluted":true},"prototype":1,')
        .replace('"answers":{', '"answers":{"__proto__":{"polluted":true},"constructor":"x",'),
    ) as unknown
    expect(Object.keys(company as object)).toContain('__proto__')
    const rebuiltCompany = companyShape.read(company)
    const rebuiltCheck = assessmentShape.read(check)
    expect(Object.getPrototypeOf(rebuiltCompany)).toBe(Object.prototype)
    expect(Object.keys(rebuiltCompany ?? {}).sort()).toEqual([...COMPANY_KEYS].sort())
    expect(Object.getPrototypeOf(rebuiltCheck)).toBe(Object.prototype)
    expect(Object.keys(rebuiltCheck ?? {}).sort()).toEqual([...ASSESSMENT_KEYS].sort())
    expect(Object.getPrototypeOf(rebuiltCheck?.answers)).toBe(Object.prototype)
    expect(Object.keys(rebuiltCheck?.answers ?? {})).not.toContain('__proto__')
    expect(Object.keys(rebuiltCheck?.answers ?? {})).not.toContain('constructor')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseImportFile: plans', () => {
  const check = () => companyExport().assessments[1]!
  const plan = (steps: unknown[]) => ({
    schemaVersion: 1, assessmentId: check().id, companyId: check().companyId, questionnaireId: check().questionnaireId, reviewOn: null,
    steps, createdAt: check().updatedAt, updatedAt: check().updatedAt,
  })
  const step = (id: string, status = 'open', doneAt: string | null = null) => ({
    id, text: 'Backup einrichten', dimension: 'reifegrad', owner: '', due: null, status, note: '', offers: [], createdAt: check().updatedAt, updatedAt: check().updatedAt, doneAt,
  })

  it('reads the plan of a completed check of the file', () => {
    const file = { ...companyExport(), plans: [plan([step('s-1'), step('s-2', 'done', check().updatedAt)])] }
    expect(parse(file)).toMatchObject({ ok: true, file: { plans: [{ assessmentId: check().id, steps: [{ id: 's-1' }, { id: 's-2', status: 'done' }] }] } })
  })

  it('refuses a plan of a check the file does not hold as completed', () => {
    const draftId = companyExport().assessments[0]!.id
    const file = { ...companyExport(), plans: [{ ...plan([]), assessmentId: draftId }] }
    expect(errorsOf(parse(file))).toEqual([{ path: '$.plans[0].assessmentId', code: 'plan-of-missing-check', params: { check: draftId } }])
  })

  it('reports a problem inside a plan at its place in the file', () => {
    const file = { ...companyExport(), plans: [plan([step('s-1'), step('s-1')])] }
    expect(errorsOf(parse(file))).toEqual([
      { path: '$.plans[0].steps[1].id', code: 'duplicate', params: { value: 's-1', first: '$.plans[0].steps[0]' } },
    ])
  })
})
