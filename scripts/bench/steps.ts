import type { Questionnaire } from '../../src/domain/questionnaire/types'
import { visibleQuestionIds } from '../../src/domain/questionnaire/visibility'
import { BENCH_PROFILE } from './synthetic-questionnaire'

/** Questions shown per step (the app makes one step per dimension) in a new check of the bench profile. */
export function shownPerStep(questionnaire: Questionnaire): number[] {
  const visible = visibleQuestionIds(questionnaire, {}, BENCH_PROFILE)
  return questionnaire.dimensions.map(
    (dimension) => questionnaire.questions.filter((question) => question.dimension === dimension.id && visible.has(question.id)).length,
  )
}

/** The step with the most questions shown: its 1-based number, as in /check/:id/schritt/:step. */
export function largestStep(questionnaire: Questionnaire): { step: number; shown: number } {
  const counts = shownPerStep(questionnaire)
  const shown = Math.max(...counts)
  return { step: counts.indexOf(shown) + 1, shown }
}
