import type { DimensionId, LevelNumber } from '../questionnaire/types'

/**
 * A score with how much of it is backed by answers. `score` is 0..100 rounded to one decimal
 * (null when no question counted); `completeness` is (answered + N/A) / visible, 0..1.
 */
export interface ScoreSummary {
  score: number | null
  level: LevelNumber | null
  completeness: number
  /** Visible scored questions with a valid answer (N/A not included). */
  answered: number
  /** Visible scored questions answered "trifft nicht zu / keine Angabe". */
  notApplicable: number
  /** Visible scored questions. */
  visible: number
}

export type DimensionResult = ScoreSummary & { dimension: DimensionId }

/** A topic's score; `dimension` is the dimension most of its questions belong to. */
export type TopicResult = ScoreSummary & { topic: string; dimension: DimensionId }

/** The computed result of one assessment; frozen into the assessment when it is completed. */
export interface AssessmentResult {
  engineVersion: string
  /** `id@version` of the questionnaire it was computed with. */
  questionnaire: string
  overall: ScoreSummary
  dimensions: DimensionResult[]
  topics: TopicResult[]
}
