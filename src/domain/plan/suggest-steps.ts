import type { DimensionId } from '../indicator-fields'
import type { NextStep, Question, Questionnaire } from '../questionnaire/types'
import { isNotApplicable, isNotRelevantAnswer, isScored } from '../questionnaire/visibility'
import type { AnswerValue, Answers } from '../shapes/answers'
import type { AssessmentResult } from '../shapes/result'
import type { MatchedMeasure, MatchOutcome } from '../measures/match-measures'

/**
 * The next steps a business's own answers suggest (authors attach them to weak answers), in the
 * order a plan should take them: where the business is weakest first, quick wins ahead of bigger
 * steps of the same weakness. The same step suggested by several answers is listed once.
 */
export interface SuggestedStep {
  step: NextStep
  /** The questions whose answers suggest it, in file order. */
  questionIds: string[]
  /** The field (and topic) of the weakest of those questions. */
  dimension: DimensionId
  topic?: string
  /** 100 − the score of that topic (or field when it has none): how weak the business is where the step helps. */
  weakness: number
  /** Weakness, plus QUICK_WIN_BONUS for a quick win: the suggested order, highest first. */
  priority: number
}

/** How much a quick win moves up: ahead of bigger steps up to this much weaker. */
export const QUICK_WIN_BONUS = 15

/** The step ids an answer to `question` suggests (none for an unanswered, N/A or "not relevant" answer). */
export function stepIdsOfAnswer(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined || isNotApplicable(value) || isNotRelevantAnswer(question, value)) return []
  switch (question.type) {
    case 'single':
      return question.options.find((option) => option.id === value)?.steps ?? []
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return []
      // A practice not chosen suggests its step only while the question is short of full points.
      const points = question.options.reduce((sum, option) => sum + (value.includes(option.id) ? (option.points ?? 0) : 0), 0)
      const full = question.maxPoints !== undefined && points >= question.maxPoints
      return question.options.flatMap((option) => (value.includes(option.id) ? (option.steps ?? []) : full ? [] : (option.stepsIfNotChosen ?? [])))
    }
    case 'yesno':
      return value === false ? (question.stepsIfNo ?? []) : []
    case 'number': {
      if (typeof value !== 'number') return []
      let band: (typeof question.bands)[number] | undefined
      for (const candidate of question.bands) if (candidate.min <= value && (!band || candidate.min >= band.min)) band = candidate
      return band?.steps ?? []
    }
    case 'text':
      return []
  }
}

/**
 * Every next step suggested by the `answers` (pass only answers of questions the business was shown)
 * of firm questions, ordered as described above. `result` gives the weakness of each topic and field.
 */
export function suggestSteps(questionnaire: Pick<Questionnaire, 'questions' | 'steps'>, answers: Answers, result: AssessmentResult): SuggestedStep[] {
  const steps = new Map(questionnaire.steps.map((step, index) => [step.id, { step, index }]))
  const scoreOf = (question: Question): number => {
    const topic = question.topic === undefined ? undefined : result.topics.find((entry) => entry.topic === question.topic)?.score
    return topic ?? result.dimensions.find((entry) => entry.dimension === question.dimension)?.score ?? 0
  }
  const found = new Map<string, SuggestedStep>()
  for (const question of questionnaire.questions) {
    if (!isScored(question)) continue
    for (const id of stepIdsOfAnswer(question, answers[question.id])) {
      const known = steps.get(id)
      if (!known) continue
      const weakness = Math.max(0, 100 - scoreOf(question))
      const existing = found.get(id)
      if (existing) {
        if (!existing.questionIds.includes(question.id)) existing.questionIds.push(question.id)
        if (weakness > existing.weakness) Object.assign(existing, placeOf(question, weakness, known.step))
        continue
      }
      found.set(id, { step: known.step, questionIds: [question.id], ...placeOf(question, weakness, known.step) })
    }
  }
  const order = (entry: SuggestedStep) => steps.get(entry.step.id)!.index
  return [...found.values()].sort((a, b) => b.priority - a.priority || a.step.effortHours - b.step.effortHours || order(a) - order(b))
}

function placeOf(question: Question, weakness: number, step: NextStep): Pick<SuggestedStep, 'dimension' | 'topic' | 'weakness' | 'priority'> {
  return {
    dimension: question.dimension,
    ...(question.topic === undefined ? {} : { topic: question.topic }),
    weakness,
    priority: weakness + (step.quickWin ? QUICK_WIN_BONUS : 0),
  }
}

/**
 * The offers that help with a suggested step: those that fit the business today or are worth
 * checking (open first), of a kind the step names, and suggested for the same field or topic.
 */
export function offersForStep(step: SuggestedStep, matches: Pick<MatchOutcome, 'open' | 'check'> | null): MatchedMeasure[] {
  return [...(matches?.open ?? []), ...(matches?.check ?? [])].filter(
    (item) =>
      step.step.measureKinds.includes(item.measure.kind) &&
      item.reasons.some((reason) => reason.kind === 'score' && (reason.dimension === step.dimension || (step.topic !== undefined && reason.topic === step.topic))),
  )
}
