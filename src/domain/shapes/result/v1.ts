import { MAX_ENTRIES, dimensionId, levelNumber, recordId } from '../../schema/fields'
import { array, number, nullable, object, type Infer } from '../../schema/kit'

/**
 * The result frozen into a completed check (version 1 of the assessment): shown and exported as it
 * is, so history never changes when the rules change.
 */

const count = () => number({ min: 0, integer: true })

/**
 * A score with how much of it is backed by answers. `score` is 0..100 rounded to one decimal
 * (null when no question counted); `completeness` is (answered + N/A) / visible, 0..1.
 */
const scoreFields = {
  score: nullable(number({ min: 0, max: 100 })),
  level: nullable(levelNumber()),
  completeness: number({ min: 0, max: 1 }),
  /** Visible scored questions with a valid answer (N/A not included). */
  answered: count(),
  /** Visible scored questions answered "trifft nicht zu / keine Angabe". */
  notApplicable: count(),
  /** Visible scored questions. */
  visible: count(),
}

export const scoreSummarySchema = object(scoreFields)
export const dimensionResultSchema = object({ ...scoreFields, dimension: dimensionId() })
/** A topic's score; `dimension` is the dimension most of its questions belong to. */
export const topicResultSchema = object({ ...scoreFields, topic: recordId(), dimension: dimensionId() })

export const resultSchemaV1 = object({
  engineVersion: recordId(),
  /** `id@version` of the questionnaire it was computed with. */
  questionnaire: recordId(),
  overall: scoreSummarySchema,
  dimensions: array(dimensionResultSchema, { max: 7 }),
  topics: array(topicResultSchema, { max: MAX_ENTRIES }),
})

export type ScoreSummary = Infer<typeof scoreSummarySchema>
export type DimensionResult = Infer<typeof dimensionResultSchema>
export type TopicResult = Infer<typeof topicResultSchema>
export type AssessmentResultV1 = Infer<typeof resultSchemaV1>
