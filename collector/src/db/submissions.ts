import type { Queryable } from './database.ts'
import type { StoredSubmission } from '../payload/types.ts'
import type { SubmissionRow } from '../core/types.ts'
import type { DimensionId } from '../payload/codes.ts'

/** Stores and reads submissions. The idempotency key is the primary key: a send counts once. */

export type StoreOutcome = 'stored' | 'duplicate' | 'key-conflict'

/**
 * Inserts a submission exactly once. A second insert with the same key (a retry, or the same send
 * arriving twice at once) does nothing; its payload hash then says whether it is the same payload
 * (duplicate) or another one under a used key (conflict). The UNIQUE key decides, not a lookup
 * before the insert, so concurrent duplicates cannot both be stored.
 */
export async function storeSubmission(db: Queryable, submission: StoredSubmission): Promise<StoreOutcome> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const inserted = await db.query(
      `INSERT INTO submissions (key, payload_hash, payload_version, questionnaire, month, received_month, state, district, campaign,
         sector_group, employees, overall_score, overall_level, dimensions, context, plan)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16::jsonb)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [
        submission.key, submission.payloadHash, submission.payloadVersion, submission.questionnaire, submission.month, submission.receivedMonth,
        submission.state, submission.district, submission.campaign, submission.sectorGroup, submission.employees,
        submission.overall.score, submission.overall.level,
        JSON.stringify(Object.fromEntries(Object.entries(submission.dimensions).map(([id, entry]) => [id, [entry.score, entry.level]]))),
        JSON.stringify(submission.context),
        JSON.stringify(Object.fromEntries(Object.entries(submission.plan).map(([id, steps]) => [id, [steps.planned, steps.done]]))),
      ],
    )
    if (inserted.length === 1) return 'stored'
    const [existing] = await db.query<{ payload_hash: string }>('SELECT payload_hash FROM submissions WHERE key = $1', [submission.key])
    // Gone again between the two statements (deleted by retention): try the insert once more.
    if (existing) return existing.payload_hash === submission.payloadHash ? 'duplicate' : 'key-conflict'
  }
  throw new Error('submission neither inserted nor found')
}

interface RowRecord {
  key: string
  questionnaire: string
  month: string
  received_month: string
  state: SubmissionRow['state']
  district: string | null
  campaign: string | null
  sector_group: SubmissionRow['sectorGroup']
  employees: SubmissionRow['employees']
  overall_score: number
  overall_level: number
  dimensions: Record<string, [number, number]>
  context: Record<string, string>
  plan: Record<string, [number, number]>
  released_mask: number
  coarse_mask: number
}

/** All stored submissions of one questionnaire, in key order, as the publishing core reads them. */
export async function readSubmissionRows(db: Queryable, questionnaire: string): Promise<SubmissionRow[]> {
  const records = await db.query<RowRecord>(
    `SELECT key::text AS key, questionnaire, month, received_month, state, district, campaign, sector_group, employees,
       overall_score, overall_level, dimensions, context, plan, released_mask, coarse_mask
     FROM submissions WHERE questionnaire = $1 ORDER BY key`,
    [questionnaire],
  )
  return records.map((record) => ({
    key: record.key,
    questionnaire: record.questionnaire,
    month: record.month,
    receivedMonth: record.received_month,
    state: record.state,
    district: record.district,
    campaign: record.campaign,
    sectorGroup: record.sector_group,
    employees: record.employees,
    overall: { score: record.overall_score, level: record.overall_level },
    dimensions: Object.fromEntries(Object.entries(record.dimensions).map(([id, [score, level]]) => [id, { score, level }])) as SubmissionRow['dimensions'],
    context: record.context,
    plan: Object.fromEntries(Object.entries(record.plan).map(([id, [planned, done]]) => [id as DimensionId, { planned, done }])),
    releasedMask: record.released_mask,
    coarseMask: record.coarse_mask,
  }))
}

/** The questionnaires that have stored submissions. */
export async function storedQuestionnaires(db: Queryable): Promise<string[]> {
  const records = await db.query<{ questionnaire: string }>('SELECT DISTINCT questionnaire FROM submissions ORDER BY questionnaire')
  return records.map((record) => record.questionnaire)
}

/** Number of stored submissions (all, or of one questionnaire). */
export async function countSubmissions(db: Queryable, questionnaire?: string): Promise<number> {
  const [row] = questionnaire
    ? await db.query<{ count: number }>('SELECT count(*)::int AS count FROM submissions WHERE questionnaire = $1', [questionnaire])
    : await db.query<{ count: number }>('SELECT count(*)::int AS count FROM submissions')
  return Number(row?.count ?? 0)
}

/** Writes the publication state of rows and deletes retired ones (inside the publishing transaction). */
export async function applyRowChanges(tx: Queryable, updates: readonly { key: string; releasedMask: number; coarseMask: number }[], deletedKeys: readonly string[]): Promise<void> {
  if (updates.length > 0) {
    await tx.query(
      `UPDATE submissions AS s SET released_mask = u.released_mask, coarse_mask = u.coarse_mask
       FROM jsonb_to_recordset($1::jsonb) AS u(key uuid, released_mask smallint, coarse_mask smallint)
       WHERE s.key = u.key`,
      [JSON.stringify(updates.map((update) => ({ key: update.key, released_mask: update.releasedMask, coarse_mask: update.coarseMask })))],
    )
  }
  if (deletedKeys.length > 0) {
    await tx.query('DELETE FROM submissions WHERE key IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)', [JSON.stringify(deletedKeys)])
  }
}

