import type { Database } from '../db/database.ts'
import { insertSnapshot, latestSnapshot, snapshotCells, snapshotQuestionnaires, type SnapshotMeta } from '../db/snapshots.ts'
import { applyRowChanges, readSubmissionRows, storedQuestionnaires } from '../db/submissions.ts'
import { addMonths, monthOf } from '../core/period.ts'
import { publishQuestionnaire, type PublishOutput } from '../core/publish.ts'
import { DEFAULT_RULES, type PublicationRules, type PublishedCell } from '../core/types.ts'

/**
 * The thin job around the publishing core: reads each questionnaire's rows and previous cells,
 * lets the core decide, and writes the new snapshot, the rows' publication state and the deletions
 * of the retention in one transaction. One publisher at a time (advisory lock on a server).
 */

export interface PublishOptions {
  now?: Date
  /** Keep submissions received in this many months; older ones are deleted when that is safe. */
  retentionMonths?: number | null
  rules?: PublicationRules
}

export interface PublishReport {
  /** The latest snapshot after the run (new, or the previous one if nothing changed); null if none. */
  snapshot: SnapshotMeta | null
  created: boolean
  questionnaires: number
  cells: number
  /** Submissions whose figures entered the snapshot now / still waiting / deleted / due but kept. */
  released: number
  waiting: number
  deleted: number
  heldBack: number
  durationMs: number
}

/** Publishes a new snapshot if anything changed since the last one. */
export async function publishSnapshot(db: Database, options: PublishOptions = {}): Promise<PublishReport> {
  const started = performance.now()
  const now = options.now ?? new Date()
  const rules = options.rules ?? DEFAULT_RULES
  const retainFromMonth = options.retentionMonths ? addMonths(monthOf(now), -options.retentionMonths) : null

  return db.exclusive('publish', async () => {
    const previous = await latestSnapshot(db)
    const questionnaires = [...new Set([...(await storedQuestionnaires(db)), ...(previous ? await snapshotQuestionnaires(db, previous.id) : [])])].sort()
    const results: { questionnaire: string; output: PublishOutput }[] = []
    for (const questionnaire of questionnaires) {
      const rows = await readSubmissionRows(db, questionnaire)
      const previousCells = previous ? await snapshotCells(db, previous.id, questionnaire) : []
      results.push({ questionnaire, output: publishQuestionnaire({ rows, previousCells, now, retainFromMonth, rules }) })
    }
    const cells: { questionnaire: string; cell: PublishedCell }[] = results.flatMap(({ questionnaire, output }) => output.cells.map((cell) => ({ questionnaire, cell })))
    const sum = (pick: (output: PublishOutput) => number) => results.reduce((total, { output }) => total + pick(output), 0)
    const report = {
      questionnaires: results.filter(({ output }) => output.cells.length > 0).length,
      cells: cells.length,
      released: sum((output) => output.rowUpdates.length),
      waiting: sum((output) => output.waiting),
      deleted: sum((output) => output.deletedKeys.length),
      heldBack: sum((output) => output.heldBack),
    }
    const changed = results.some(({ output }) => output.changed)
    const worthASnapshot = previous ? changed : cells.length > 0
    if (!worthASnapshot && report.deleted === 0) {
      return { snapshot: previous, created: false, ...report, durationMs: performance.now() - started }
    }
    const snapshot = await db.transaction(async (tx) => {
      for (const { output } of results) await applyRowChanges(tx, output.rowUpdates, output.deletedKeys)
      return worthASnapshot ? insertSnapshot(tx, now, rules, cells) : previous
    })
    return { snapshot, created: worthASnapshot, ...report, durationMs: performance.now() - started }
  })
}
