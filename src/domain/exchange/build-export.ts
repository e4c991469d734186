import { ENGINE_VERSION } from '../scoring/engine-version'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, fileRuleIssues, type ExportFile, type ExportScope } from '../shapes/export-file'
import { normalizeTimestamp } from '../timestamps'
import type { AssessmentRecord } from '../shapes/assessment'
import type { CompanyRecord } from '../shapes/company'
import type { PlanRecord } from '../shapes/plan'

/** What goes into an export file; the records as read from storage. */
export interface ExportInput {
  scope: ExportScope
  companies: readonly CompanyRecord[]
  assessments: readonly AssessmentRecord[]
  /** The plans of the file's checks (those that have one). */
  plans?: readonly PlanRecord[]
  /** Put the consultant's notes and follow-up marks on questions into the file (default: no). */
  includeNotes?: boolean
}

/**
 * The export file for `input`, made at `now` (ISO 8601). Throws a RangeError when the records do
 * not fit the scope (e.g. a check of a company the file does not hold), so the app never writes a
 * file its own import would refuse. The file shares the records with the input; serialise it.
 * Notes stay out unless asked for: a handover file is often mailed on, notes are the consultant's.
 */
export function buildExport(input: ExportInput, now: string): ExportFile {
  const exportedAt = normalizeTimestamp(now)
  if (exportedAt === null) throw new RangeError(`Invalid export time ${now}`)
  const includeNotes = input.includeNotes ?? false
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    app: { engineVersion: ENGINE_VERSION },
    scope: input.scope,
    includesNotes: includeNotes,
    companies: [...input.companies],
    assessments: includeNotes ? [...input.assessments] : input.assessments.map(withoutNotes),
    plans: [...(input.plans ?? [])],
  }
  const problems = fileRuleIssues(file)
  if (problems.length > 0) {
    throw new RangeError(`Cannot export: ${problems.map((problem) => `${problem.path} ${problem.code}`).join('; ')}`)
  }
  return file
}

function withoutNotes(record: AssessmentRecord): AssessmentRecord {
  return { ...record, notes: {}, followUps: [] }
}

const SCOPE_WORDS: Record<ExportScope, string> = {
  company: 'betrieb',
  all: 'sicherung',
  'self-assessment': 'selbsteinschaetzung',
}

/**
 * A file name for an export, e.g. `reifegrad-betrieb-tischlerei-meyer-2025-01-15.json`: the
 * company's name (for a company file) in ASCII, so it survives every file system and mail client.
 */
export function exportFileName(file: ExportFile): string {
  const company = file.scope === 'company' ? file.companies[0] : undefined
  const name = company ? slug(company.name) : ''
  const parts = ['reifegrad', SCOPE_WORDS[file.scope], name, file.exportedAt.slice(0, 10)]
  return `${parts.filter((part) => part !== '').join('-')}.json`
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** A name as a short ASCII part of a file name ("Tischlerei Müller" → "tischlerei-mueller"). */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
}
