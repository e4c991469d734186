import type { Profile } from '../shapes/profile'
import { sectorGroupOf } from '../shapes/profile/sector-groups'
import type { DimensionId } from '../indicator-fields'
import type { AssessmentResult } from '../shapes/result'
import type { CellFigures, LagebildCell, LagebildSnapshot } from './snapshot'

/**
 * The group a business is compared with: the finest published group (all time) it belongs to. A
 * district is finer than the state with the sector group, which is finer than the state with the
 * size class, then the state, the sector group, the size class and all of Germany. Only published
 * cells exist (at least the snapshot's minimum group size), so a business is never compared with a
 * group small enough to single anyone out.
 */
export function fittingCell(snapshot: LagebildSnapshot, profile: Profile): LagebildCell | null {
  const sectorGroup = profile.sector ? sectorGroupOf(profile.sector) : undefined
  const wanted: [LagebildCell['breakdown'], Record<string, string | undefined>][] = [
    ['district', { state: profile.state, district: profile.district }],
    ['state-sector', { state: profile.state, sectorGroup }],
    ['state-size', { state: profile.state, employees: profile.employees }],
    ['state', { state: profile.state }],
    ['sector', { sectorGroup }],
    ['size', { employees: profile.employees }],
    ['national', {}],
  ]
  for (const [breakdown, group] of wanted) {
    if (Object.values(group).some((value) => value === undefined)) continue
    const found = snapshot.cells.find((cell) => cell.breakdown === breakdown && cell.period === 'all' && sameGroup(cell.group, group))
    if (found) return found
  }
  return null
}

function sameGroup(actual: Record<string, string | undefined>, wanted: Record<string, string | undefined>): boolean {
  return Object.entries(wanted).every(([key, value]) => actual[key] === value)
}

/** Where the business stands in its group for one field (or overall). */
export type Placement = 'below' | 'middle' | 'above'

export interface PositionRow {
  /** A field, or null for the overall score. */
  dimension: DimensionId | null
  own: number | null
  /** The group's figures; null when the group has too few businesses with this field. */
  group: CellFigures | null
  /** Below the lower quartile, within the middle half, or above the upper quartile; null without both. */
  placement: Placement | null
}

/**
 * The business's scores beside its group's: overall first, then each field both have. Placement
 * by quartiles rather than by the mean, so "above" means better than three in four of the group.
 */
export function positionInCell(result: AssessmentResult, cell: LagebildCell): PositionRow[] {
  const row = (dimension: DimensionId | null, own: number | null, group: CellFigures | undefined): PositionRow => ({
    dimension,
    own,
    group: group ?? null,
    placement: own === null || !group ? null : own < group.q1 ? 'below' : own > group.q3 ? 'above' : 'middle',
  })
  return [
    row(null, result.overall.score, cell.overall),
    ...result.dimensions.map((entry) => row(entry.dimension, entry.score, cell.dimensions[entry.dimension])),
  ]
}
