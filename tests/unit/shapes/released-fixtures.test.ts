import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { planImport } from '@/domain/exchange/plan-import'
import { ASSESSMENT_VERSION, assessmentShape } from '@/domain/shapes/assessment'
import { COMPANY_VERSION, companyShape } from '@/domain/shapes/company'
import { EXPORT_FORMAT_VERSION } from '@/domain/shapes/export-file'
import { outboxEntryShape } from '@/domain/shapes/outbox-entry'
import { parsePayload } from '@/domain/shapes/submission-payload'

/**
 * Data written by the released version 1 of the app (tests/fixtures/released/v1, frozen): every
 * record and file must still be read, migrated to the current version, and mean the same.
 */
const V1 = resolve(import.meta.dirname, '../../fixtures/released/v1')
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(V1, name), 'utf8'))
const text = (name: string) => readFileSync(resolve(V1, name), 'utf8')

describe('data of release 1 opened with this build', () => {
  it('reads the draft, migrating its profile: free-text district kept as districtName, the split sector mapped', () => {
    const stored = read('assessment-draft.json') as { answers: object; notes: object; followUps: string[]; currentStep: number }
    const record = assessmentShape.read(stored)
    expect(record).not.toBeNull()
    expect(record!.schemaVersion).toBe(ASSESSMENT_VERSION)
    expect(record!.profile).toEqual({
      state: 'DE-BY', districtName: 'Landshut', sector: 'hw-metall', employees: '10-49', headcount: 12, turnover: 'le2m', apprentices: true, role: 'owner',
    })
    // Everything else means what it meant.
    expect(record!.answers).toEqual(stored.answers)
    expect(record!.notes).toEqual(stored.notes)
    expect(record!.followUps).toEqual(stored.followUps)
    expect(record!.currentStep).toBe(stored.currentStep)
    expect(record!.status).toBe('draft')
  })

  it('reads the completed check with its frozen result unchanged', () => {
    const stored = read('assessment-completed.json') as { result: object; completedAt: string }
    const record = assessmentShape.read(stored)
    expect(record?.status).toBe('completed')
    expect(record?.result).toEqual(stored.result)
    expect(record?.completedAt).toBe(stored.completedAt)
    expect(record?.questionnaireVersion).toBe('1.0.0')
  })

  it('reads the company with its sector migrated', () => {
    const company = companyShape.read(read('company.json'))
    expect(company).toMatchObject({ schemaVersion: COMPANY_VERSION, name: 'Elektro Huber GmbH', sector: 'hw-metall', state: 'DE-BY' })
  })

  it('reads an outbox entry written without a version field, payload untouched', () => {
    const stored = read('outbox-entry.json') as { payload: unknown }
    const entry = outboxEntryShape.read(stored)
    expect(entry?.status).toBe('pending')
    expect(entry?.payload).toEqual(stored.payload)
    expect(parsePayload(entry?.payload).ok).toBe(true)
  })

  it('imports the backup file of release 1: every record migrated, nothing refused', () => {
    const parsed = parseImportFile(text('export-backup.json'), { hasQuestionnaire: (key) => key === 'digitalisierungsgrad-check@1.0.0' })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.file.formatVersion).toBe(EXPORT_FORMAT_VERSION)
    expect(parsed.file.companies.map((company) => company.schemaVersion)).toEqual([COMPANY_VERSION])
    expect(parsed.file.assessments.map((check) => check.schemaVersion)).toEqual([ASSESSMENT_VERSION, ASSESSMENT_VERSION, ASSESSMENT_VERSION])
    expect(parsed.file.assessments[0]!.profile.districtName).toBe('Landshut')
    const plan = planImport(parsed.file, { companies: new Map(), assessments: new Map(), plans: new Map() })
    expect(plan.counts.add).toEqual({ companies: 1, assessments: 3, plans: 0 })
  })

  it('imports the self-assessment file of release 1 into a business', () => {
    const parsed = parseImportFile(text('export-self-assessment.json'))
    expect(parsed.ok).toBe(true)
  })

  it('refuses the same backup claiming a format version this build does not know, with a request to update', () => {
    const newer = { ...(read('export-backup.json') as object), formatVersion: EXPORT_FORMAT_VERSION + 1 }
    const parsed = parseImportFile(JSON.stringify(newer))
    expect(parsed).toEqual({ ok: false, errors: [{ path: '$.formatVersion', code: 'newer-version', params: { found: EXPORT_FORMAT_VERSION + 1, supported: EXPORT_FORMAT_VERSION } }] })
  })

  it('refuses a stored record of a newer version instead of misreading it', () => {
    const newer = { ...(read('assessment-draft.json') as object), schemaVersion: ASSESSMENT_VERSION + 1 }
    expect(assessmentShape.read(newer)).toBeNull()
    const parsed = assessmentShape.parse(newer)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path: '$.schemaVersion', code: 'newer-version' })
  })

  it('accepts a payload of release 1 unchanged (payloads are never migrated: they are sent as made)', () => {
    const parsed = parsePayload(read('payload.json'))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.value).toEqual(read('payload.json'))
  })
})
