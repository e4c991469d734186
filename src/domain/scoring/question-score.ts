import type { ChoiceOption, MultipleChoiceQuestion, NumberQuestion, SingleChoiceQuestion } from '../questionnaire/types'
import { isNotApplicable, isNotRelevantAnswer, type ScoredQuestion } from '../questionnaire/visibility'
import type { AnswerValue } from '../shapes/answers'

/**
 * A question's score, 0..1, or null when it does not count: unanswered, N/A, "not relevant for our
 * customers", or a value that does not fit the question (an unknown option id, a number outside the
 * range). Invalid values are treated like unanswered ones so a stale or tampered answer can never
 * move a score. Only firm questions are scored, so their points are there (the loader checks it);
 * a missing value counts as 0.
 */
export function scoreQuestion(q: ScoredQuestion, value: AnswerValue | undefined): number | null {
  if (value === undefined || isNotApplicable(value) || isNotRelevantAnswer(q, value)) return null
  switch (q.type) {
    case 'single':
      return typeof value === 'string' ? scoreSingle(q, value) : null
    case 'multiple':
      return Array.isArray(value) ? scoreMultiple(q, value) : null
    case 'yesno':
      if (typeof value !== 'boolean' || q.points === undefined) return null
      return ratio(value ? q.points.yes : q.points.no, Math.max(q.points.yes, q.points.no))
    case 'number':
      return typeof value === 'number' ? scoreNumber(q, value) : null
  }
}

function scoreSingle(q: SingleChoiceQuestion, optionId: string): number | null {
  const chosen = q.options.find((o) => o.id === optionId)
  if (!chosen) return null
  return ratio(chosen.points ?? 0, maxPoints(q.options))
}

/** An empty selection counts as unanswered: "none of these" is an explicit (exclusive) option. */
function scoreMultiple(q: MultipleChoiceQuestion, optionIds: string[]): number | null {
  if (optionIds.length === 0) return null
  let sum = 0
  for (const id of new Set(optionIds)) {
    const option = q.options.find((o) => o.id === id)
    if (!option) return null
    sum += option.points ?? 0
  }
  const cap = q.maxPoints ?? 0
  return ratio(Math.min(sum, cap), cap)
}

/** The band that holds the value is the one with the highest `min` not above it. */
function scoreNumber(q: NumberQuestion, value: number): number | null {
  if (!Number.isFinite(value) || value < q.min || value > q.max) return null
  let band: NumberQuestion['bands'][number] | undefined
  for (const candidate of q.bands) {
    if (candidate.min <= value && (!band || candidate.min >= band.min)) band = candidate
  }
  if (!band) return null
  return ratio(band.points ?? 0, Math.max(...q.bands.map((b) => b.points ?? 0)))
}

function maxPoints(options: ChoiceOption[]): number {
  return Math.max(...options.map((o) => o.points ?? 0))
}

/** Clamped to 0..1 and null for a zero maximum, so a malformed file cannot produce NaN or > 100. */
function ratio(points: number, max: number): number | null {
  if (!(max > 0)) return null
  return Math.min(1, Math.max(0, points / max))
}
