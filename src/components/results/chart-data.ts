import type { ResultComparison } from '@/domain/scoring/compare'
import type { DimensionTarget } from '@/domain/scoring/targets'
import type { Questionnaire } from '@/domain/questionnaire/types'
import type { AssessmentResult } from '@/domain/shapes/result'

/** The numbers both charts and their data tables show, one row per dimension. */
export interface ChartRow {
  label: string
  today: number | null
  target: number | null
  before: number | null
}

/** Builds the chart rows; scores are rounded to whole points as everywhere in the UI. */
export function chartRows(
  result: AssessmentResult,
  targets: DimensionTarget[],
  comparison: ResultComparison | null,
  questionnaire: Questionnaire,
  locale: 'de' | 'en',
  contextFields: readonly string[] = [],
): ChartRow[] {
  const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value))
  // A field that only describes the surroundings has no score to draw.
  return result.dimensions.filter((dimension) => !contextFields.includes(dimension.dimension)).map((dimension) => {
    const title = questionnaire.dimensions.find((item) => item.id === dimension.dimension)?.title[locale] ?? dimension.dimension
    const before = comparison?.ok ? comparison.dimensions.find((item) => item.dimension === dimension.dimension)?.before : null
    return {
      label: title,
      today: round(dimension.score),
      target: round(targets.find((target) => target.dimension === dimension.dimension)?.targetScore),
      before: round(before),
    }
  })
}
