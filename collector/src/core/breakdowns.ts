import { quarterOf } from './period.ts'
import type { SubmissionRow } from './types.ts'

/**
 * The fixed set of published breakdowns and the tables they make. A table is a breakdown for one
 * kind of period (all time, or calendar quarters). Every table partitions the submissions of a
 * questionnaire completely: a submission published without an attribute (no district sent, or
 * coarsened, see release.ts) falls into that table's hidden "~" group, which is never published
 * but takes part in every check, so that differences between tables add up.
 */

export const ATTRIBUTES = ['quarter', 'state', 'district', 'campaign', 'sectorGroup', 'employees'] as const
export type Attribute = (typeof ATTRIBUTES)[number]

/** Bits of `coarseMask`: the attribute is published as unknown for this submission. */
export const ATTRIBUTE_BITS: Record<Attribute, number> = { quarter: 1, state: 2, district: 4, campaign: 8, sectorGroup: 16, employees: 32 }

/** The value of a hidden (unknown or coarsened) attribute in a cell key. */
export const HIDDEN = '~'

export interface Breakdown {
  name: string
  attributes: readonly Exclude<Attribute, 'quarter'>[]
  /** Also published per calendar quarter (besides all time). */
  quarters: boolean
}

/** The published breakdowns (METHOD.md explains the choice). */
export const BREAKDOWNS: readonly Breakdown[] = [
  { name: 'national', attributes: [], quarters: true },
  { name: 'state', attributes: ['state'], quarters: true },
  { name: 'sector', attributes: ['sectorGroup'], quarters: false },
  { name: 'size', attributes: ['employees'], quarters: false },
  { name: 'state-sector', attributes: ['state', 'sectorGroup'], quarters: false },
  { name: 'state-size', attributes: ['state', 'employees'], quarters: false },
  { name: 'district', attributes: ['state', 'district'], quarters: false },
  { name: 'campaign', attributes: ['campaign'], quarters: false },
]

export interface Table {
  id: string
  breakdown: string
  attributes: readonly Attribute[]
}

/** Every table: each breakdown for all time, and the quarterly ones per quarter too. */
export const TABLES: readonly Table[] = BREAKDOWNS.flatMap((breakdown) => [
  { id: breakdown.name, breakdown: breakdown.name, attributes: breakdown.attributes },
  ...(breakdown.quarters ? [{ id: `${breakdown.name}@quarter`, breakdown: breakdown.name, attributes: ['quarter', ...breakdown.attributes] as Attribute[] }] : []),
])

/** Pairs (coarser, finer) of tables where each group of the finer lies inside one of the coarser. */
export const TABLE_PAIRS: readonly { parent: Table; child: Table }[] = TABLES.flatMap((parent) =>
  TABLES.filter((child) => child !== parent && parent.attributes.every((attribute) => child.attributes.includes(attribute)) && child.attributes.length > parent.attributes.length).map(
    (child) => ({ parent, child }),
  ),
)

export type AttributeValues = Record<Attribute, string>

/** A submission's attribute values as published under its coarse mask (HIDDEN where unknown). */
export function attributeValues(row: SubmissionRow, coarseMask: number): AttributeValues {
  const hidden = (attribute: Attribute) => (coarseMask & ATTRIBUTE_BITS[attribute]) !== 0
  const stateHidden = hidden('state')
  return {
    quarter: hidden('quarter') ? HIDDEN : quarterOf(row.month),
    state: stateHidden ? HIDDEN : row.state,
    // A district names its state, so it goes whenever the state goes.
    district: stateHidden || hidden('district') || row.district === null ? HIDDEN : row.district,
    campaign: hidden('campaign') || row.campaign === null ? HIDDEN : row.campaign,
    sectorGroup: hidden('sectorGroup') ? HIDDEN : row.sectorGroup,
    employees: hidden('employees') ? HIDDEN : row.employees,
  }
}

/**
 * The atom of a submission: all its published attribute values together. Every cell of every
 * table is a union of atoms, so whatever sums and differences of cells one forms, the result is
 * a sum over whole atoms. The release and retention rules work on atoms for that reason.
 */
export function atomKey(values: AttributeValues): string {
  return ATTRIBUTES.map((attribute) => values[attribute]).join('|')
}

/** The key of the cell of `table` that holds submissions with these values. */
export function cellKey(table: Table, values: AttributeValues): string {
  return `${table.id}|${table.attributes.map((attribute) => values[attribute]).join('|')}`
}

/** The cells (one per table) a submission with these values belongs to. */
export function cellKeysOf(values: AttributeValues): string[] {
  return TABLES.map((table) => cellKey(table, values))
}

/** True when a cell key has a hidden value: such a cell is never published. */
export function isHiddenCell(key: string): boolean {
  return key.split('|').slice(1).includes(HIDDEN)
}

/** The table a cell key belongs to. */
export function tableOf(key: string): Table {
  const id = key.slice(0, key.indexOf('|'))
  const table = TABLES.find((candidate) => candidate.id === id)
  if (!table) throw new Error(`unknown table in cell key ${key}`)
  return table
}

/** The attribute values named in a cell key (only its table's attributes). */
export function valuesOfKey(key: string): Partial<AttributeValues> {
  const table = tableOf(key)
  const parts = key.split('|').slice(1)
  return Object.fromEntries(table.attributes.map((attribute, index) => [attribute, parts[index] ?? HIDDEN]))
}

/** The published `group` and `period` of a cell key. */
export function groupAndPeriod(key: string): { breakdown: string; group: Record<string, string>; period: string } {
  const table = tableOf(key)
  const values = valuesOfKey(key)
  const group: Record<string, string> = {}
  for (const attribute of table.attributes) if (attribute !== 'quarter') group[attribute] = values[attribute] ?? HIDDEN
  return { breakdown: table.breakdown, group, period: values.quarter ?? 'all' }
}

/** A stable text form of a group, e.g. `sectorGroup=handwerk-bau;state=DE-NI` (keys sorted). */
export function groupKey(group: Record<string, string>): string {
  return Object.keys(group)
    .sort()
    .map((name) => `${name}=${group[name]}`)
    .join(';')
}
