import { DIMENSION_IDS, type DimensionId } from '../payload/codes.ts'
import type { StoredSubmission } from '../payload/types.ts'

/**
 * Shapes of the publishing core. The core is pure: it takes stored rows, the previous snapshot's
 * cells and the time as arguments and hands back the new snapshot and the row states to write.
 */

/** What the core reads of a stored submission, plus its publication state. */
export interface SubmissionRow extends Omit<StoredSubmission, 'payloadHash' | 'payloadVersion'> {
  /** Which measures of this row are in the published figures (bit per measure, see measureBit). */
  releasedMask: number
  /** Which attributes this row is published without (bit per attribute, see ATTRIBUTE_BITS). */
  coarseMask: number
}

/** A figure that is published per group: the overall score or one of the seven fields. */
export type Measure = 'overall' | DimensionId
export const MEASURES: readonly Measure[] = ['overall', ...DIMENSION_IDS]

/** The bit of a measure in `releasedMask`. */
export function measureBit(measure: Measure): number {
  return 1 << MEASURES.indexOf(measure)
}

/** The thresholds of the method (METHOD.md). */
export interface PublicationRules {
  /** No figure is published for fewer submissions than this. */
  minGroupSize: number
  /** A group's figures change only by at least this many submissions at once. */
  minDelta: number
  /** After this many months of waiting a submission is published without the attribute that keeps it waiting. */
  maxWaitMonths: number
}

export const DEFAULT_RULES: PublicationRules = { minGroupSize: 10, minDelta: 10, maxWaitMonths: 2 }

/** Rounded summary of one measure in one group. */
export interface MeasureSummary {
  n?: number
  mean: number
  median: number
  q1: number
  q3: number
  /** Percent of the group at level 1..5. */
  levels: [number, number, number, number, number]
}

/** One published group of one breakdown and period. */
export interface PublishedCell {
  breakdown: string
  group: Record<string, string>
  period: string
  n: number
  overall: MeasureSummary
  dimensions: Partial<Record<DimensionId, MeasureSummary>>
  context: Record<string, Record<string, number>>
  plan: Partial<Record<DimensionId, { planned: number; done: number }>>
}
