import type { AssessmentResult, ScoreSummary } from '../scoring/types'
import { DIMENSION_IDS } from '../questionnaire/dimension-ids'
import { MAX_ENTRIES, MAX_ID_LENGTH, isLevelNumber, isPlainObject } from './record-fields'

/**
 * The frozen result inside a completed assessment, checked like any stored value: it is shown
 * (and exported) as it is, so it must have exactly the shape `scoring/types.ts` describes.
 *
 * Written by hand rather than as a yup schema: a result holds some twenty score summaries, and
 * yup's per-field overhead made checking them most of the time a 5,000-check import took (and
 * every read of a completed check paid it too). `exchange/result-issues.ts` words the problems of
 * an imported result field by field; a test keeps the two in agreement.
 */

const SUMMARY_KEYS = ['score', 'level', 'completeness', 'answered', 'notApplicable', 'visible']
const RESULT_KEYS = ['engineVersion', 'questionnaire', 'overall', 'dimensions', 'topics']

export interface ResultCheckOptions {
  /** Refuse keys the shape does not have (imports); stored results only need the known ones. */
  exactKeys?: boolean
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value)
const isCount = (value: unknown) => isNumber(value) && Number.isInteger(value) && value >= 0
const isShortText = (value: unknown) => typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH
const isDimensionId = (value: unknown) => DIMENSION_IDS.includes(value as never)

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key))
}

function isScoreSummary(value: unknown, extraKeys: readonly string[], options: ResultCheckOptions): value is ScoreSummary & Record<string, unknown> {
  if (!isPlainObject(value)) return false
  if (options.exactKeys && !hasOnlyKeys(value, [...SUMMARY_KEYS, ...extraKeys])) return false
  const { score, level, completeness, answered, notApplicable, visible } = value
  return (
    (score === null || (isNumber(score) && score >= 0 && score <= 100)) &&
    (level === null || isLevelNumber(level)) &&
    isNumber(completeness) &&
    completeness >= 0 &&
    completeness <= 1 &&
    isCount(answered) &&
    isCount(notApplicable) &&
    isCount(visible)
  )
}

/** True when `value` has the shape of an assessment result (see the module comment). */
export function isAssessmentResult(value: unknown, options: ResultCheckOptions = {}): value is AssessmentResult {
  if (!isPlainObject(value)) return false
  if (options.exactKeys && !hasOnlyKeys(value, RESULT_KEYS)) return false
  const { engineVersion, questionnaire, overall, dimensions, topics } = value
  return (
    isShortText(engineVersion) &&
    isShortText(questionnaire) &&
    isScoreSummary(overall, [], options) &&
    Array.isArray(dimensions) &&
    dimensions.length <= DIMENSION_IDS.length &&
    dimensions.every((entry) => isScoreSummary(entry, ['dimension'], options) && isDimensionId(entry.dimension)) &&
    Array.isArray(topics) &&
    topics.length <= MAX_ENTRIES &&
    topics.every((entry) => isScoreSummary(entry, ['topic', 'dimension'], options) && isShortText(entry.topic) && isDimensionId(entry.dimension))
  )
}

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
  return isAssessmentResult(value) ? copyAssessmentResult(value) : null
}
