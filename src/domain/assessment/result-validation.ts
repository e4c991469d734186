import * as yup from 'yup'
import type { AssessmentResult, ScoreSummary } from '../scoring/types'
import type { LevelNumber } from '../questionnaire/types'
import { DIMENSION_IDS } from '../questionnaire/dimension-ids'
import { MAX_ENTRIES, MAX_ID_LENGTH, isLevelNumber } from './record-fields'

/**
 * The frozen result inside a completed assessment, checked like any stored value: it is shown
 * (and exported) as it is, so it must have exactly the shape `scoring/types.ts` describes.
 */

const count = () => yup.number().required().integer().min(0)

const scoreSummaryFields = {
  score: yup.number().min(0).max(100).nullable().defined(),
  level: yup.mixed<LevelNumber>(isLevelNumber).nullable().defined(),
  completeness: yup.number().required().min(0).max(1),
  answered: count(),
  notApplicable: count(),
  visible: count(),
}

const dimensionId = () => yup.string().required().oneOf(DIMENSION_IDS)
const topicId = () => yup.string().required().max(MAX_ID_LENGTH)

const assessmentResultSchema = yup.object({
  engineVersion: yup.string().required().max(MAX_ID_LENGTH),
  questionnaire: yup.string().required().max(MAX_ID_LENGTH),
  overall: yup.object(scoreSummaryFields).required(),
  dimensions: yup
    .array(yup.object({ ...scoreSummaryFields, dimension: dimensionId() }).required())
    .required()
    .max(DIMENSION_IDS.length),
  topics: yup
    .array(yup.object({ ...scoreSummaryFields, topic: topicId(), dimension: dimensionId() }).required())
    .required()
    .max(MAX_ENTRIES),
})

function copyScoreSummary(summary: ScoreSummary): ScoreSummary {
  return {
    score: summary.score,
    level: summary.level,
    completeness: summary.completeness,
    answered: summary.answered,
    notApplicable: summary.notApplicable,
    visible: summary.visible,
  }
}

function copyAssessmentResult(result: AssessmentResult): AssessmentResult {
  return {
    engineVersion: result.engineVersion,
    questionnaire: result.questionnaire,
    overall: copyScoreSummary(result.overall),
    dimensions: result.dimensions.map((d) => ({ ...copyScoreSummary(d), dimension: d.dimension })),
    topics: result.topics.map((t) => ({ ...copyScoreSummary(t), topic: t.topic, dimension: t.dimension })),
  }
}

/** The result rebuilt from allowed keys, or null when it does not have the result's shape. */
export function parseAssessmentResult(value: unknown): AssessmentResult | null {
  if (!assessmentResultSchema.isValidSync(value, { strict: true })) return null
  const result: AssessmentResult = value
  return copyAssessmentResult(result)
}
