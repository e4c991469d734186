import { describe, expect, it } from 'vitest'
import { parseAssessmentRecord, parseCompanyRecord } from '@/domain/assessment/record-validation'
import { DEFAULT_MAX_IMPORT_BYTES } from '@/domain/exchange/export-file'
import { MAX_LISTED_ISSUES } from '@/domain/exchange/issue-list'
import { parseImportFile, type ImportParseResult } from '@/domain/exchange/parse-import'
import type { ValidationIssue } from '@/domain/validation-issue'
import { companyExport, readFixture } from './exchange-test-helpers'

const COMPANY_KEYS = ['schemaVersion', 'id', 'name', 'state', 'sector', 'employees', 'contactNotes', 'createdAt', 'updatedAt']
const ASSESSMENT_KEYS = [
  'schemaVersion', 'id', 'questionnaireId', 'questionnaireVersion', 'companyId', 'profile', 'answers', 'notes',
  'followUps', 'targets', 'status', 'currentStep', 'createdAt', 'updatedAt', 'completedAt', 'result',
]

function errorsOf(result: ImportParseResult): ValidationIssue[] {
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
    expect(errorsOf(parseImportFile('x'.repeat(3000), { maxBytes: 1000 }))).toEqual([
      { path: '$', message: expect.objectContaining({ de: 'Die Datei ist zu groß (3 KB). Importiert werden können Dateien bis 1 KB.' }) },
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
    expect(errors[0]?.message.en).toContain('up to 40 MB')
  })
})

describe('parseImportFile: not an export file', () => {
  it('reports where the JSON breaks', () => {
    expect(errorsOf(parseImportFile('{\n  "format": }'))[0]?.message.de).toBe(
      'Kein gültiges JSON: unerwartetes Zeichen „}“ in Zeile 2, Spalte 13 (Position 14).',
    )
    expect(errorsOf(parseImportFile('{"format": "reifegrad-export"'))[0]?.message.en).toBe(
      'Not valid JSON: the file ends unexpectedly at line 1, column 30 (position 29); it is probably incomplete.',
    )
    expect(errorsOf(parseImportFile(''))[0]?.message.de).toContain('endet unerwartet')
  })

  it('refuses another JSON file, a newer format version and a broken version', () => {
    expect(errorsOf(parse({ id: 'reifegrad-ni', version: '1.0.0' }))[0]?.path).toBe('$')
    expect(errorsOf(parse({ ...companyExport(), formatVersion: 3 }))).toEqual([
      {
        path: '$.formatVersion',
        message: {
          de: 'Dateiformat-Version 3 wird nicht unterstützt. Diese Version von Reifegrad liest Version 1; bitte aktualisieren Sie Reifegrad, um die Datei zu importieren.',
          en: 'File format version 3 is not supported. This version of Reifegrad reads version 1; please update Reifegrad to import the file.',
        },
      },
    ])
    expect(errorsOf(parse({ ...companyExport(), formatVersion: '1' }))[0]?.message.de).toContain('Dateiformat-Version "1" wird nicht unterstützt')
    const { formatVersion: _, ...withoutVersion } = companyExport()
    expect(errorsOf(parse(withoutVersion))[0]?.message.de).toContain('Dateiformat-Version fehlt')
  })

  it('refuses a file nested deeper than any export before looking at it', () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const text = JSON.stringify(companyExport()).replace('"currentStep":2', `"currentStep":${nested}`)
    const errors = errorsOf(parseImportFile(text))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toMatch(/^\$\.assessments\[0\]\.currentStep(\[0\])+$/)
    expect(errors[0]?.message.de).toContain('zu tief verschachtelt')
  })

  it('refuses an object with more entries than any export holds in one place', () => {
    const file = companyExport()
    file.assessments[0]!.answers = Object.fromEntries(Array.from({ length: 5001 }, (_, index) => [`q${index}`, 1]))
    expect(errorsOf(parse(file))).toEqual([
      {
        path: '$.assessments[0].answers',
        message: {
          de: 'Zu viele Einträge (mehr als 5000); so viele kann keine Reifegrad-Exportdatei hier enthalten.',
          en: 'Too many entries (more than 5000); no Reifegrad export file holds that many here.',
        },
      },
    ])
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
    expect(errorsOf(parse(file)).map((error) => [error.path, error.message.en])).toEqual([
      ['$.assessments[0].answers.q2', expect.stringContaining('Not a valid answer')],
      ['$.assessments[0].answers.q3', 'Too long: 20,001 characters, at most 20,000 are allowed'],
      ['$.assessments[0].followUps[1]', expect.stringContaining('Not a valid question id')],
      ['$.assessments[0].targets.breitband', 'The target level must be 1, 2, 3, 4 or 5'],
      ['$.assessments[0].targets["it-sicherheit"]', 'Unknown dimension “it-sicherheit”'],
    ])
  })

  it('enforces the name and note limits at their exact lengths', () => {
    const file = companyExport()
    file.companies[0]!.name = 'n'.repeat(200)
    file.companies[0]!.contactNotes = 'c'.repeat(20_000)
    expect(parse(file).ok).toBe(true)
    file.companies[0]!.name = 'n'.repeat(201)
    file.companies[0]!.contactNotes = 'c'.repeat(20_001)
    expect(errorsOf(parse(file)).map((error) => [error.path, error.message.de])).toEqual([
      ['$.companies[0].contactNotes', 'Zu lang: 20.001 Zeichen, erlaubt sind höchstens 20.000'],
      ['$.companies[0].name', 'Zu lang: 201 Zeichen, erlaubt sind höchstens 200'],
    ])
    file.companies[0]!.name = '   '
    file.companies[0]!.contactNotes = ''
    expect(errorsOf(parse(file)).map((error) => error.path)).toEqual(['$.companies[0].name'])
  })

  it('checks a draft and a completed check for consistency', () => {
    const file = companyExport()
    const [draft, completed] = file.assessments
    draft!.completedAt = '2025-02-01T09:00:00.000Z'
    completed!.completedAt = null
    completed!.result!.overall.score = 101
    expect(errorsOf(parse(file)).map((error) => [error.path, error.message.en])).toEqual([
      ['$.assessments[0].completedAt', 'A draft has no completion time yet'],
      ['$.assessments[1].completedAt', 'A completed check needs the time it was completed'],
      ['$.assessments[1].result.overall.score', 'Must be at most 100'],
    ])
  })

  it('refuses a record list that is no list, and records that are no objects', () => {
    const file = { ...companyExport(), companies: {}, assessments: [null, 'a'] }
    // The envelope's problems come first, then those of each record in file order.
    expect(errorsOf(parse(file)).map((error) => error.path)).toEqual(['$.companies', '$.assessments[0]', '$.assessments[1]'])
  })

  it('lists at most a hundred problems however many there are', () => {
    const file = { ...companyExport(), scope: 'all', assessments: [], companies: Array.from({ length: 100_000 }, () => 0) }
    const errors = errorsOf(parse(file))
    expect(errors).toHaveLength(MAX_LISTED_ISSUES + 1)
    expect(errors.at(-1)?.message.de).toContain('weitere sind nicht aufgeführt')
  })
})

describe('records rebuilt from hostile JSON keep nothing they should not', () => {
  // The import refuses these keys; the rebuild it relies on would drop them anyway.
  it('parseCompanyRecord and parseAssessmentRecord return clean objects', () => {
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
    const rebuiltCompany = parseCompanyRecord(company)
    const rebuiltCheck = parseAssessmentRecord(check)
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
