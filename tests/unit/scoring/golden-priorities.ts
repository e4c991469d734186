import { fieldStandings } from '@/domain/results/field-standing'
import { suggestSteps } from '@/domain/plan/suggest-steps'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures } from '@/domain/measures/match-measures'
import { visibleQuestionIds } from '@/domain/questionnaire/visibility'
import { resolveTargets } from '@/domain/scoring/targets'
import type { Questionnaire } from '@/domain/questionnaire/types'
import type { Answers } from '@/domain/shapes/answers'
import type { Profile } from '@/domain/shapes/profile'
import type { AssessmentResult } from '@/domain/shapes/result'
import { readRepoJson } from './answer-builder'

/** The day the golden measures were chosen on: offers depend on the date, so it is fixed. */
export const GOLDEN_DAY = '2026-11-29'

/** What the results page makes of a result: strengths, gaps (in rank order), context fields, next steps and top offers. */
export interface GoldenPriorities {
  strengths: string[]
  gaps: string[]
  context: string[]
  nextSteps: string[]
  offersOpen: string[]
  offersToCheck: string[]
}

const loaded = loadMeasuresCatalogue(readRepoJson('questionnaires/measures.json'))
if (!loaded.ok) throw new Error('measures.json does not load')
const catalogue = loaded.catalogue

/** The priorities of a result with default targets, the real catalogue and GOLDEN_DAY. */
export function prioritiesOf(questionnaire: Questionnaire, result: AssessmentResult, profile: Profile, answers: Answers): GoldenPriorities {
  const targets = resolveTargets(result, questionnaire, {})
  const standings = fieldStandings(result, questionnaire, targets)
  const visible = visibleQuestionIds(questionnaire, answers, profile)
  const shown = Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)))
  const matches = matchMeasures({ result, profile, catalogue, date: GOLDEN_DAY, targets, answers: shown })
  return {
    strengths: standings.strengths.map((field) => field.dimension),
    gaps: standings.gaps.map((field) => field.dimension),
    context: standings.context.map((field) => field.dimension),
    nextSteps: suggestSteps(questionnaire, shown, result).slice(0, 5).map((entry) => entry.step.id),
    offersOpen: matches.open.slice(0, 4).map((item) => item.measure.id),
    offersToCheck: matches.check.slice(0, 4).map((item) => item.measure.id),
  }
}
