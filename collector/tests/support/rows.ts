import type { SubmissionRow } from '../../src/core/types.ts'
import type { PublishedCell } from '../../src/core/types.ts'
import { groupKey } from '../../src/core/breakdowns.ts'

let counter = 0

/** A stored row for core tests: a business in DE-NI, handwerk-bau, 10-49, scores 50, unpublished. */
export function makeRow(overrides: Partial<SubmissionRow> = {}): SubmissionRow {
  counter += 1
  const key = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  return {
    key,
    questionnaire: 'digitalisierungsgrad-check@2.0.0',
    month: '2026-11',
    receivedMonth: '2026-11',
    state: 'DE-NI',
    district: null,
    campaign: null,
    sectorGroup: 'handwerk-bau',
    employees: '10-49',
    overall: { score: 50, level: 3 },
    dimensions: { bildung: { score: 40, level: 2 }, reifegrad: { score: 60, level: 3 } },
    context: {},
    plan: {},
    releasedMask: 0,
    coarseMask: 0,
    ...overrides,
  }
}

/** `count` rows with the same overrides. */
export function makeRows(count: number, overrides: Partial<SubmissionRow> = {}): SubmissionRow[] {
  return Array.from({ length: count }, () => makeRow(overrides))
}

/** Applies a publication's row updates and deletions, as the database job would. */
export function applyPublication(rows: SubmissionRow[], output: { rowUpdates: { key: string; releasedMask: number; coarseMask: number }[]; deletedKeys: string[] }): SubmissionRow[] {
  const updates = new Map(output.rowUpdates.map((update) => [update.key, update]))
  const deleted = new Set(output.deletedKeys)
  return rows.filter((row) => !deleted.has(row.key)).map((row) => ({ ...row, ...(updates.get(row.key) ?? {}) }))
}

/** The published cell of a breakdown, group and period, if any. */
export function findCell(cells: readonly PublishedCell[], breakdown: string, group: Record<string, string> = {}, period = 'all'): PublishedCell | undefined {
  return cells.find((cell) => cell.breakdown === breakdown && cell.period === period && groupKey(cell.group) === groupKey(group))
}
