import type { Level, Questionnaire } from '../questionnaire/types'
import { isNotApplicable, isNotRelevantAnswer, isScored, visibleQuestionIds, type ScoredQuestion } from '../questionnaire/visibility'
import { ENGINE_VERSION } from './engine-version'
import { scoreQuestion } from './question-score'
import type { AssessmentResult, DimensionResult, ScoreSummary, TopicResult } from '../shapes/result'
import type { Answers } from '../shapes/answers'
import type { DimensionId, LevelNumber } from '../indicator-fields'
import type { Profile } from '../shapes/profile'

/** What one visible scored question contributes. */
interface QuestionTally {
  question: ScoredQuestion
  /** 0..1, null when unanswered, N/A, not relevant or invalid. */
  score: number | null
  /** "Trifft nicht zu / keine Angabe" or "für unsere Kunden nicht relevant": left out of the denominator. */
  notApplicable: boolean
}

/** Running sums for one group of questions (dimension, topic or all). */
interface Accumulator {
  weightedSum: number
  weightSum: number
  answered: number
  notApplicable: number
  visible: number
}

/**
 * Scores an assessment: only visible, scored, answered questions count; N/A answers leave the
 * denominator instead of counting as zero. Scores are rounded to one decimal here, once, so a
 * frozen result reads the same wherever and whenever it is shown.
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
): AssessmentResult {
  const tallies = tallyVisibleQuestions(questionnaire, answers, profile)
  const dimensionIds = new Set(questionnaire.dimensions.map((d) => d.id))
  const counted = tallies.filter((t) => dimensionIds.has(t.question.dimension))

  const dimensions: DimensionResult[] = []
  const overallWeights = { weightedSum: 0, weightSum: 0 }
  for (const dimension of questionnaire.dimensions) {
    const acc = accumulate(counted.filter((t) => t.question.dimension === dimension.id))
    const exact = meanOf(acc)
    if (exact !== null) {
      overallWeights.weightedSum += exact * dimension.weight
      overallWeights.weightSum += dimension.weight
    }
    dimensions.push({ dimension: dimension.id, ...summarise(acc, exact, questionnaire.levels) })
  }

  const overallAcc = accumulate(counted)
  // The overall score weighs dimensions, not questions, so a long dimension does not dominate.
  const overallExact =
    overallWeights.weightSum > 0 ? overallWeights.weightedSum / overallWeights.weightSum : null
  return {
    engineVersion: ENGINE_VERSION,
    questionnaire: `${questionnaire.id}@${questionnaire.version}`,
    overall: summarise(overallAcc, overallExact, questionnaire.levels),
    dimensions,
    topics: scoreTopics(questionnaire, counted),
  }
}

/** The level reached by a score: the highest level whose `minScore` is not above it. */
export function levelForScore(score: number | null, levels: Level[]): LevelNumber | null {
  if (score === null) return null
  let reached: Level | undefined
  for (const level of levels) {
    if (level.minScore <= score && (!reached || level.minScore >= reached.minScore)) reached = level
  }
  return reached?.level ?? null
}

function tallyVisibleQuestions(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
): QuestionTally[] {
  const visible = visibleQuestionIds(questionnaire, answers, profile)
  const tallies: QuestionTally[] = []
  for (const question of questionnaire.questions) {
    if (!isScored(question) || !visible.has(question.id)) continue
    const value = answers[question.id]
    const notApplicable = isNotApplicable(value) || (value !== undefined && isNotRelevantAnswer(question, value))
    tallies.push({ question, score: scoreQuestion(question, value), notApplicable })
  }
  return tallies
}

function scoreTopics(questionnaire: Questionnaire, tallies: QuestionTally[]): TopicResult[] {
  const topics: TopicResult[] = []
  for (const topic of questionnaire.topics) {
    const dimension = dominantDimension(questionnaire, topic.id)
    if (!dimension) continue // a topic without questions has nothing to report
    const acc = accumulate(tallies.filter((t) => t.question.topic === topic.id))
    topics.push({ topic: topic.id, dimension, ...summarise(acc, meanOf(acc), questionnaire.levels) })
  }
  return topics
}

/**
 * The dimension most of a topic's questions belong to (all questions, not only visible ones, so it
 * does not change with the answers); ties go to the dimension listed first in the file.
 */
function dominantDimension(questionnaire: Questionnaire, topicId: string): DimensionId | undefined {
  const counts = new Map<DimensionId, number>()
  for (const q of questionnaire.questions) {
    if (q.topic === topicId && isScored(q)) counts.set(q.dimension, (counts.get(q.dimension) ?? 0) + 1)
  }
  let best: DimensionId | undefined
  for (const { id } of questionnaire.dimensions) {
    const count = counts.get(id) ?? 0
    if (count > 0 && (best === undefined || count > (counts.get(best) ?? 0))) best = id
  }
  return best
}

function accumulate(tallies: QuestionTally[]): Accumulator {
  const acc: Accumulator = { weightedSum: 0, weightSum: 0, answered: 0, notApplicable: 0, visible: 0 }
  for (const { question, score, notApplicable } of tallies) {
    acc.visible += 1
    if (notApplicable) acc.notApplicable += 1
    if (score === null) continue
    const weight = question.weight ?? 1
    acc.answered += 1
    acc.weightedSum += score * weight
    acc.weightSum += weight
  }
  return acc
}

/** Weighted mean as 0..100 in full precision, null when nothing counted. */
function meanOf(acc: Pick<Accumulator, 'weightedSum' | 'weightSum'>): number | null {
  return acc.weightSum > 0 ? (acc.weightedSum / acc.weightSum) * 100 : null
}

function summarise(acc: Accumulator, exact: number | null, levels: Level[]): ScoreSummary {
  const score = exact === null ? null : roundToOneDecimal(exact)
  return {
    score,
    level: levelForScore(score, levels),
    completeness: acc.visible === 0 ? 1 : (acc.answered + acc.notApplicable) / acc.visible,
    answered: acc.answered,
    notApplicable: acc.notApplicable,
    visible: acc.visible,
  }
}

/** Rounds a score to one decimal, the precision results are stored and shown with. */
export function roundToOneDecimal(value: number): number {
  return Math.round(value * 10) / 10
}
