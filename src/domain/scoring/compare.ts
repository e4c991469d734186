import { roundToOneDecimal } from './score-assessment'
import type { AssessmentResult } from '../shapes/result'
import type { DimensionId } from '../indicator-fields'

/** A score before and after; `delta` is null unless both exist. */
export interface ScoreChange {
  before: number | null
  after: number | null
  delta: number | null
}

export type DimensionChange = ScoreChange & { dimension: DimensionId }

export type ResultComparison =
  | {
      ok: true
      /** The questionnaire id both results share. */
      questionnaireId: string
      /** True when the two results were computed with different questionnaire versions. */
      versionChanged: boolean
      overall: ScoreChange
      dimensions: DimensionChange[]
    }
  | { ok: false; reason: 'different-questionnaire'; before: string; after: string }

/**
 * Compares two results of the same questionnaire (T0 → T1). Different questionnaires measure
 * different things, so that is reported as `{ ok: false }` rather than thrown: the UI simply offers
 * no comparison. A version change is allowed but flagged.
 */
export function compareResults(before: AssessmentResult, after: AssessmentResult): ResultComparison {
  const beforeRef = splitQuestionnaireRef(before.questionnaire)
  const afterRef = splitQuestionnaireRef(after.questionnaire)
  if (beforeRef.id !== afterRef.id) {
    return { ok: false, reason: 'different-questionnaire', before: before.questionnaire, after: after.questionnaire }
  }
  const ids = [...after.dimensions, ...before.dimensions].map((d) => d.dimension)
  const dimensions = [...new Set(ids)].map((dimension) => ({
    dimension,
    ...change(
      before.dimensions.find((d) => d.dimension === dimension)?.score ?? null,
      after.dimensions.find((d) => d.dimension === dimension)?.score ?? null,
    ),
  }))
  return {
    ok: true,
    questionnaireId: afterRef.id,
    versionChanged: beforeRef.version !== afterRef.version,
    overall: change(before.overall.score, after.overall.score),
    dimensions,
  }
}

/** Splits `id@version`; the version is everything after the last `@`. */
export function splitQuestionnaireRef(ref: string): { id: string; version: string } {
  const at = ref.lastIndexOf('@')
  return at < 0 ? { id: ref, version: '' } : { id: ref.slice(0, at), version: ref.slice(at + 1) }
}

function change(before: number | null, after: number | null): ScoreChange {
  const delta = before === null || after === null ? null : roundToOneDecimal(after - before)
  return { before, after, delta }
}
