import { buildExport } from '@/domain/exchange/build-export'
import type { ExportFile } from '@/domain/shapes/export-file'
import { planImport, type ImportPlan, type ImportTarget } from '@/domain/exchange/plan-import'
import { readExistingIndex, readExportData } from '@/storage/exchange-repository'
import { jsonFile, type TextFile } from './exchange-files'

/**
 * Handover files, backups and import plans: domain and storage put together without UI state, so
 * the consultant pages and the bench page (scripts/bench) run the same code.
 */

/**
 * The handover file of one company with all its checks and plans, or (no id) the backup of
 * everything; the consultant's notes on questions only with `includeNotes`.
 */
export async function exportFile(companyId?: string, now = new Date(), options: { includeNotes?: boolean } = {}): Promise<TextFile> {
  const data = await readExportData(companyId === undefined ? {} : { companyId })
  return jsonFile(buildExport({ scope: companyId === undefined ? 'all' : 'company', ...data, includeNotes: options.includeNotes ?? false }, now.toISOString()))
}

/** What importing a parsed file would do now; with `target`, a self-assessment goes into that company. */
export async function planFileImport(file: ExportFile, target?: ImportTarget): Promise<ImportPlan> {
  return planImport(file, await readExistingIndex(file, target), target)
}
