import type { DimensionId } from '../indicator-fields'
import type { Questionnaire } from '../questionnaire/types'
import { isScored } from '../questionnaire/visibility'
import type { DimensionTarget } from '../scoring/targets'
import type { AssessmentResult } from '../shapes/result'

/**
 * Where each field of a result stands, with one definition of strengths and gaps for the results
 * page, the report and the plan:
 * - `gap`: scored below its target. Gaps rank by weakness first (lowest score first), then by the
 *   distance to the target, then in the fields' order.
 * - `strength`: at or above its target and at least STRENGTH_MIN_SCORE. Strongest first.
 * - `on-track`: at or above its target but not yet strong.
 * - `context`: the questionnaire asks only about the business's surroundings in this field (no
 *   firm-practice question): shown as "Ihr Umfeld", never as a score.
 * - `no-score`: it has firm questions, but none was answered for this business.
 * A field is exactly one of these, so it can never be a strength and a gap at once.
 */
export type FieldKind = 'gap' | 'strength' | 'on-track' | 'context' | 'no-score'

/** A strength is a field at its target and clearly established (level 4, "Fortgeschritten", from 60). */
export const STRENGTH_MIN_SCORE = 60

export interface FieldStanding {
  dimension: DimensionId
  kind: FieldKind
  score: number | null
  targetScore: number
  /** max(0, target − score); 0 unless a gap. */
  gap: number
}

export interface FieldStandings {
  /** Every field in the questionnaire's order. */
  fields: FieldStanding[]
  gaps: FieldStanding[]
  strengths: FieldStanding[]
  context: FieldStanding[]
}

/** True when the questionnaire scores this field: it has at least one firm-practice question there. */
export function isScoredField(questionnaire: Questionnaire, dimension: DimensionId): boolean {
  return questionnaire.questions.some((question) => question.dimension === dimension && isScored(question))
}

export function fieldStandings(result: AssessmentResult, questionnaire: Questionnaire, targets: readonly DimensionTarget[]): FieldStandings {
  const fields = questionnaire.dimensions.map(({ id }): FieldStanding => {
    const score = result.dimensions.find((entry) => entry.dimension === id)?.score ?? null
    const target = targets.find((entry) => entry.dimension === id)
    const targetScore = target?.targetScore ?? 100
    if (!isScoredField(questionnaire, id)) return { dimension: id, kind: 'context', score: null, targetScore, gap: 0 }
    if (score === null) return { dimension: id, kind: 'no-score', score, targetScore, gap: 0 }
    if (score < targetScore) return { dimension: id, kind: 'gap', score, targetScore, gap: targetScore - score }
    return { dimension: id, kind: score >= STRENGTH_MIN_SCORE ? 'strength' : 'on-track', score, targetScore, gap: 0 }
  })
  const order = (field: FieldStanding) => fields.indexOf(field)
  const gaps = fields.filter((field) => field.kind === 'gap').sort((a, b) => a.score! - b.score! || b.gap - a.gap || order(a) - order(b))
  const strengths = fields.filter((field) => field.kind === 'strength').sort((a, b) => b.score! - a.score! || order(a) - order(b))
  return { fields, gaps, strengths, context: fields.filter((field) => field.kind === 'context') }
}
