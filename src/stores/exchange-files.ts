import { buildExport, exportFileName } from '@/domain/exchange/build-export'
import type { ExportFile } from '@/domain/shapes/export-file'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { PlanRecord } from '@/domain/shapes/plan'

/**
 * Files the app makes for the user to save. Pure domain work only: the results page imports this
 * (a business's file for its consultant) without loading any of the export or import code that
 * reads the database (exchange-backup.ts, portfolio-file.ts).
 */

/** A file for the user to save. */
export interface TextFile {
  text: string
  fileName: string
  type: string
}

/** Today's date (YYYY-MM-DD) where the user is, for file names. */
export function localDate(now: Date): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

/** An export file as JSON, named after its scope, company and date. */
export function jsonFile(file: ExportFile): TextFile {
  // Compact: a backup of thousands of checks must stay well below the import's size limit.
  return { text: JSON.stringify(file), fileName: exportFileName(file), type: 'application/json' }
}

/** A business's own completed check as a file for its consultant (no company), with its plan if it has one. */
export function selfAssessmentFile(record: AssessmentRecord, plan: PlanRecord | null = null, now = new Date()): TextFile {
  return jsonFile(buildExport({ scope: 'self-assessment', companies: [], assessments: [record], plans: plan ? [plan] : [] }, now.toISOString()))
}
