import { DIMENSION_IDS } from '../indicator-fields'
import { timestamp } from '../schema/fields'
import { array, custom, isPlainObject, literal, number, object, oneOf, optional, parseOrNull, record, report, string, type Infer } from '../schema/kit'

/**
 * The regional figures a collector publishes (collector/CONTRACT.md, `GET {base}/v2/snapshot`): a
 * snapshot of cells, one per published group (by state, district, sector group, size class, survey
 * wave; all time or per quarter), each only for at least `minGroupSize` submissions. Checked at the
 * border like any data from outside; unknown keys are dropped so a newer collector still works.
 */

const figures = object({
  n: optional(number({ min: 0, integer: true })),
  mean: number({ min: 0, max: 100 }),
  median: number({ min: 0, max: 100 }),
  q1: number({ min: 0, max: 100 }),
  q3: number({ min: 0, max: 100 }),
  levels: array(number({ min: 0, max: 100 }), { max: 5 }),
})

const group = object({
  state: optional(string({ max: 10 })),
  district: optional(string({ max: 10 })),
  sectorGroup: optional(string({ max: 40 })),
  employees: optional(string({ max: 10 })),
  campaign: optional(string({ max: 40 })),
})

/** Only the seven fields; anything else a collector sends is left out. */
const dimensionFigures = custom<Partial<Record<(typeof DIMENSION_IDS)[number], Infer<typeof figures>>>>((value, path, context) => {
  if (!isPlainObject(value)) return report(context, path, 'wrong-type', { expected: 'object', found: typeof value })
  const out: Partial<Record<(typeof DIMENSION_IDS)[number], Infer<typeof figures>>> = {}
  for (const id of DIMENSION_IDS) {
    if (value[id] === undefined) continue
    const checked = parseOrNull(figures, value[id])
    if (checked) out[id] = checked
  }
  return out
})

const cell = object({
  breakdown: oneOf(['national', 'state', 'sector', 'size', 'state-sector', 'state-size', 'district', 'campaign'] as const),
  group,
  period: string({ max: 10 }),
  n: number({ min: 0, integer: true }),
  overall: figures,
  dimensions: dimensionFigures,
  context: optional(record(record(number({ min: 0, max: 100 }), { max: 100 }), { max: 200 })),
  plan: optional(record(object({ planned: number({ min: 0 }), done: number({ min: 0 }) }), { max: 7 })),
})

export const snapshotResponseSchema = object({
  snapshot: object({ id: number({ min: 0 }), publishedAt: timestamp(), minGroupSize: number({ min: 1 }), minDelta: optional(number({ min: 0 })) }),
  questionnaire: string({ max: 120 }),
  cells: array(cell, { max: 20_000 }),
})

export type LagebildSnapshot = Infer<typeof snapshotResponseSchema>
export type LagebildCell = LagebildSnapshot['cells'][number]
export type CellFigures = Infer<typeof figures>

/** A collector's answer, checked and rebuilt, or null when it is not a snapshot. */
export function readSnapshot(value: unknown): LagebildSnapshot | null {
  return parseOrNull(snapshotResponseSchema, value)
}

/** The snapshot as this device keeps it for offline use (settings store), with when it was fetched. */
export const cachedSnapshotSchema = object({
  schemaVersion: literal(1),
  fetchedAt: timestamp(),
  snapshot: snapshotResponseSchema,
})
export type CachedSnapshot = Infer<typeof cachedSnapshotSchema>
export const CACHE_VERSION = 1 as const
