import { compareResults, type ScoreChange } from '../scoring/compare'
import { DIMENSION_IDS, type DimensionId, type LevelNumber } from '../indicator-fields'
import type { AssessmentRecord } from '../shapes/assessment'

/** One completed check of a company in time order: T0 is the first, T1 the next, … */
export interface HistoryPoint {
  /** `T0`, `T1`, … */
  label: string
  assessmentId: string
  questionnaireId: string
  questionnaireVersion: string
  completedAt: string
  overall: ScoreChange
  level: LevelNumber | null
  /** Per dimension; a dimension the check did not score has `after: null`. */
  dimensions: Record<DimensionId, ScoreChange>
  /** The label of the point the changes are measured from (null: nothing to compare with). */
  comparedWith: string | null
}

/**
 * The completed checks of one company as a history, oldest first. Each point's changes are
 * measured from the latest earlier check of the same questionnaire (compareResults): other
 * questionnaires ask other questions, so their scores are shown but not subtracted. Drafts are
 * left out: they have no result yet.
 */
export function companyHistory(checks: readonly AssessmentRecord[]): HistoryPoint[] {
  const completed = checks
    .filter((check) => check.status === 'completed' && check.result !== null && check.completedAt !== null)
    .sort((a, b) => (a.completedAt! < b.completedAt! ? -1 : a.completedAt! > b.completedAt! ? 1 : a.id.localeCompare(b.id)))
  return completed.map((check, index) => {
    const result = check.result!
    const earlier = completed.slice(0, index).reverse().findIndex((other) => other.questionnaireId === check.questionnaireId)
    const previousIndex = earlier < 0 ? -1 : index - 1 - earlier
    const previous = previousIndex < 0 ? null : completed[previousIndex]!.result!
    const comparison = previous ? compareResults(previous, result) : null
    const changed = comparison?.ok ? comparison : null
    const scoreOf = (dimension: DimensionId) => result.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null
    const dimensions = Object.fromEntries(
      DIMENSION_IDS.map((dimension) => [
        dimension,
        changed?.dimensions.find((entry) => entry.dimension === dimension) ?? { before: null, after: scoreOf(dimension), delta: null },
      ]),
    ) as Record<DimensionId, ScoreChange>
    return {
      label: `T${index}`,
      assessmentId: check.id,
      questionnaireId: check.questionnaireId,
      questionnaireVersion: check.questionnaireVersion,
      completedAt: check.completedAt!,
      overall: changed?.overall ?? { before: null, after: result.overall.score, delta: null },
      level: result.overall.level,
      dimensions,
      comparedWith: changed ? `T${previousIndex}` : null,
    }
  })
}
