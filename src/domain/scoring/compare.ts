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

/** A benchmark published by a regional collector: mean scores of a group of businesses. */
export interface Benchmark {
  groupSize: number
  overall: number
  dimensions: Partial<Record<DimensionId, number>>
}

/** Own score against the group's; `difference` (own − group) is null when there is no own score. */
export interface BenchmarkDifference {
  own: number | null
  group: number
  difference: number | null
}

export interface BenchmarkComparison {
  groupSize: number
  overall: BenchmarkDifference
  dimensions: (BenchmarkDifference & { dimension: DimensionId })[]
}

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

/**
 * Compares a result with a regional benchmark, or returns null when the group is smaller than
 * `minGroupSize`: a mean over a handful of businesses could identify them and says little.
 */
export function compareWithBenchmark(
  result: AssessmentResult,
  benchmark: Benchmark,
  minGroupSize = 10,
): BenchmarkComparison | null {
  if (!(benchmark.groupSize >= minGroupSize)) return null
  const dimensions: BenchmarkComparison['dimensions'] = []
  for (const { dimension, score } of result.dimensions) {
    const group = benchmark.dimensions[dimension]
    if (group !== undefined) dimensions.push({ dimension, ...difference(score, group) })
  }
  return {
    groupSize: benchmark.groupSize,
    overall: difference(result.overall.score, benchmark.overall),
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

function difference(own: number | null, group: number): BenchmarkDifference {
  return { own, group, difference: own === null ? null : roundToOneDecimal(own - group) }
}
