import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportFile } from '@/domain/shapes/export-file'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { planImport, type ImportPlan, type ImportTarget } from '@/domain/exchange/plan-import'
import type { Issue } from '@/domain/schema/issue'
import { restoreAssessment } from '@/storage/assessment-removal'
import { saveCompany } from '@/storage/companies-repository'
import { openDatabase } from '@/storage/database'
import { applyImport, readExistingIndex } from '@/storage/exchange-repository'
import { enqueue } from '@/storage/outbox-repository'
import { setSetting } from '@/storage/settings-repository'
import { at, companyRecord, completedRecord, draftRecord, outboxEntry } from '../assessment/fixtures'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'

/** Paths, data sets and the whole import path, shared by the exchange tests. */

export const EXCHANGE_FIXTURES = join(import.meta.dirname, '../../fixtures/exchange')
export const HOSTILE = join(EXCHANGE_FIXTURES, 'hostile')

export function readFixture(...parts: string[]): string {
  return readFileSync(join(EXCHANGE_FIXTURES, ...parts), 'utf8')
}

/** A fresh, mutable copy of the valid company export fixture (company `c-import`, a draft and a completed check). */
export function companyExport(): ExportFile {
  return JSON.parse(readFixture('company-export.json')) as ExportFile
}

/** The same export as the released format 1 wrote it (records of version 1), to be migrated on import. */
export function companyExportV1(): Record<string, unknown> {
  return JSON.parse(readFixture('v1', 'company-export.json')) as Record<string, unknown>
}

/**
 * What the tests' database holds before an import: unrelated records, plus older versions of the
 * fixture file's company and draft, so that any import of a fixture that got through would
 * visibly change something.
 */
export function knownDataSet(): { companies: CompanyRecord[]; assessments: AssessmentRecord[] } {
  return {
    companies: [
      companyRecord(),
      companyRecord({ id: 'c-import', name: 'Bäckerei Import (alt)', updatedAt: at(0), createdAt: at(0) }),
    ],
    assessments: [
      draftRecord({ id: 'a-1', companyId: 'c-1' }),
      completedRecord({ id: 'a-2', companyId: 'c-1' }),
      draftRecord({ id: 'a-3', companyId: null }),
      draftRecord({ id: 'a-import-draft', companyId: 'c-import', updatedAt: at(1) }),
    ],
  }
}

/** Stores the known data set (and a setting and an outbox entry) through the ordinary repositories. */
export async function fillDatabase(): Promise<void> {
  const data = knownDataSet()
  for (const company of data.companies) await saveCompany(company, null)
  for (const assessment of data.assessments) await restoreAssessment(assessment)
  await setSetting('locale', 'de')
  await enqueue(outboxEntry({ assessmentId: 'a-2' }))
}

/** Every store's records in key order, as one string: equal strings mean byte-for-byte equal data. */
export async function dumpDatabase(): Promise<string> {
  const database = await openDatabase()
  const dump: Record<string, unknown[]> = {}
  for (const name of [...database.objectStoreNames].sort()) {
    dump[name] = await database.getAll(name)
  }
  return JSON.stringify(dump)
}

/** The whole import path as the app runs it: parse, read what is stored, plan, write. */
export async function importText(
  text: string,
  target?: ImportTarget,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; errors: Issue[] }> {
  const parsed = parseImportFile(text, { maxBytes: 20 * 1024 * 1024 })
  if (!parsed.ok) return parsed
  const plan = planImport(parsed.file, await readExistingIndex(parsed.file, target), target)
  await applyImport(plan)
  return { ok: true, plan }
}
