/**
 * The frozen result of a completed check. Part of the assessment shape (its version covers it);
 * a new result shape comes with a new assessment version.
 */
export {
  resultSchemaV1 as resultSchema,
  type AssessmentResultV1 as AssessmentResult,
  type DimensionResult,
  type ScoreSummary,
  type TopicResult,
} from './v1'
