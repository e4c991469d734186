import type { DimensionId } from '../indicator-fields'
import type { DimensionTarget } from '../scoring/targets'
import type { AssessmentResult } from '../shapes/result'

/**
 * The weak spots below the fields: topics (IT security, backup, e-invoicing, …) that score under the
 * target of the field they belong to, weakest first. A middling field can hide one very weak topic;
 * these are what "Ihre wichtigsten nächsten Schritte" start from.
 */
export interface WeakTopic {
  topic: string
  dimension: DimensionId
  score: number
  targetScore: number
}

export function weakTopics(result: AssessmentResult, targets: readonly DimensionTarget[]): WeakTopic[] {
  const weak: WeakTopic[] = []
  for (const topic of result.topics) {
    if (topic.score === null) continue
    const targetScore = targets.find((entry) => entry.dimension === topic.dimension)?.targetScore ?? 0
    if (topic.score < targetScore) weak.push({ topic: topic.topic, dimension: topic.dimension, score: topic.score, targetScore })
  }
  return weak.sort((a, b) => a.score - b.score || b.targetScore - a.targetScore || (a.topic < b.topic ? -1 : 1))
}
