import type { Queryable } from './database.ts'
import type { PublishedCell } from '../core/types.ts'
import { groupKey } from '../core/breakdowns.ts'

/** Stores and reads published snapshots; a snapshot is inserted once and never updated. */

export interface SnapshotMeta {
  id: number
  publishedAt: string
  minGroupSize: number
  minDelta: number
}

interface MetaRecord {
  id: number
  published_at: Date | string
  min_group_size: number
  min_delta: number
}

const toMeta = (record: MetaRecord): SnapshotMeta => ({
  id: Number(record.id),
  publishedAt: new Date(record.published_at).toISOString(),
  minGroupSize: Number(record.min_group_size),
  minDelta: Number(record.min_delta),
})

/** The newest published snapshot, or null before the first. */
export async function latestSnapshot(db: Queryable): Promise<SnapshotMeta | null> {
  const [record] = await db.query<MetaRecord>('SELECT id, published_at, min_group_size, min_delta FROM snapshots ORDER BY id DESC LIMIT 1')
  return record ? toMeta(record) : null
}

/** All cells of one questionnaire in a snapshot, in published order. */
export async function snapshotCells(db: Queryable, snapshotId: number, questionnaire: string): Promise<PublishedCell[]> {
  const records = await db.query<{ cell: PublishedCell }>(
    'SELECT cell FROM snapshot_cells WHERE snapshot_id = $1 AND questionnaire = $2 ORDER BY ordinal',
    [snapshotId, questionnaire],
  )
  return records.map((record) => record.cell)
}

/** The questionnaires a snapshot has cells for. */
export async function snapshotQuestionnaires(db: Queryable, snapshotId: number): Promise<string[]> {
  const records = await db.query<{ questionnaire: string }>('SELECT DISTINCT questionnaire FROM snapshot_cells WHERE snapshot_id = $1 ORDER BY questionnaire', [snapshotId])
  return records.map((record) => record.questionnaire)
}

/** One cell of a snapshot, if it was published. */
export async function snapshotCell(db: Queryable, snapshotId: number, questionnaire: string, breakdown: string, group: Record<string, string>, period: string): Promise<PublishedCell | null> {
  const [record] = await db.query<{ cell: PublishedCell }>(
    'SELECT cell FROM snapshot_cells WHERE snapshot_id = $1 AND questionnaire = $2 AND breakdown = $3 AND group_key = $4 AND period = $5',
    [snapshotId, questionnaire, breakdown, groupKey(group), period],
  )
  return record?.cell ?? null
}

/** Inserts a new snapshot with its cells (inside the publishing transaction); returns its meta. */
export async function insertSnapshot(
  tx: Queryable,
  publishedAt: Date,
  rules: { minGroupSize: number; minDelta: number },
  cells: readonly { questionnaire: string; cell: PublishedCell }[],
): Promise<SnapshotMeta> {
  const [record] = await tx.query<MetaRecord>(
    'INSERT INTO snapshots (published_at, min_group_size, min_delta) VALUES ($1, $2, $3) RETURNING id, published_at, min_group_size, min_delta',
    [publishedAt.toISOString(), rules.minGroupSize, rules.minDelta],
  )
  const meta = toMeta(record!)
  const rows = cells.map(({ questionnaire, cell }, ordinal) => ({ questionnaire, breakdown: cell.breakdown, group_key: groupKey(cell.group), period: cell.period, n: cell.n, ordinal, cell }))
  // In slices, so that one statement's parameter stays a few megabytes at most.
  for (let start = 0; start < rows.length; start += 2000) {
    await tx.query(
      `INSERT INTO snapshot_cells (snapshot_id, questionnaire, breakdown, group_key, period, n, ordinal, cell)
       SELECT $1, c.questionnaire, c.breakdown, c.group_key, c.period, c.n, c.ordinal, c.cell
       FROM jsonb_to_recordset($2::jsonb) AS c(questionnaire text, breakdown text, group_key text, period text, n integer, ordinal integer, cell jsonb)`,
      [meta.id, JSON.stringify(rows.slice(start, start + 2000))],
    )
  }
  return meta
}
