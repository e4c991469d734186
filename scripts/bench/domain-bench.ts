import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadMeasuresCatalogue } from '../../src/domain/measures/load-catalogue'
import { matchMeasures } from '../../src/domain/measures/match-measures'
import type { MeasuresCatalogue } from '../../src/domain/measures/catalogue-format'
import { visibleQuestionIds } from '../../src/domain/questionnaire/visibility'
import { scoreAssessment } from '../../src/domain/scoring/score-assessment'
import { resolveTargets } from '../../src/domain/scoring/targets'
import { TIME_TARGETS_MS } from './budgets'
import { ROOT } from './paths'
import { formatMs, timeRow, type Row } from './report'
import { timeSync, type Timing } from './stats'
import { BENCH_PROFILE, evenly, syntheticAnswers, syntheticQuestionnaire } from './synthetic-questionnaire'

export interface DomainFigures {
  questions: number
  scoring: Timing
  matching: Timing
  /** Measures in the real catalogue, and how many of them the synthetic check gets suggested. */
  measures: number
  suggested: number
}

const RUNS = 500

/** Scoring and measures matching of synthetic 200- and 800-question checks, in Node. */
export function benchDomain(sizes: number[] = [200, 800]): DomainFigures[] {
  const catalogue = realCatalogue()
  // Topics the catalogue triggers on, so topic triggers can fire as they do with the real file.
  const topics = [...new Set(catalogue.measures.flatMap((m) => m.triggers.flatMap((t) => ('topic' in t ? [t.topic] : []))))]
  return sizes.map((size) => {
    const questionnaire = syntheticQuestionnaire({ perDimension: evenly(size), topics })
    const answers = syntheticAnswers(questionnaire, size)
    const scoring = timeSync(() => scoreAssessment(questionnaire, answers, BENCH_PROFILE), RUNS)
    const result = scoreAssessment(questionnaire, answers, BENCH_PROFILE)
    const targets = resolveTargets(result, questionnaire, {})
    const visible = visibleQuestionIds(questionnaire, answers, BENCH_PROFILE)
    const shown = Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)))
    // The catalogue's review date, not today: the figures must not drift with the calendar.
    const input = { result, profile: BENCH_PROFILE, catalogue, date: catalogue.lastReviewed, targets, answers: shown }
    const matching = timeSync(() => matchMeasures(input), RUNS)
    const suggested = matchMeasures(input).open.length
    return { questions: questionnaire.questions.length, scoring, matching, measures: catalogue.measures.length, suggested }
  })
}

function realCatalogue(): MeasuresCatalogue {
  const loaded = loadMeasuresCatalogue(JSON.parse(readFileSync(resolve(ROOT, 'questionnaires/measures.json'), 'utf8')))
  if (!loaded.ok) throw new Error(`questionnaires/measures.json is invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
  return loaded.catalogue
}

/** Table rows for the domain figures; only scoring 200 questions has a target (DESIGN.md). */
export function domainRows(figures: DomainFigures[]): Row[] {
  return figures.flatMap(({ questions, scoring, matching, measures, suggested }) => [
    timeRow(
      'domain',
      `scoreAssessment, ${questions} questions (median of ${scoring.runs})`,
      scoring.median,
      questions === 200 ? TIME_TARGETS_MS.score200Median : undefined,
      `(p95 ${formatMs(scoring.p95)})`,
    ),
    timeRow(
      'domain',
      `matchMeasures, ${questions} questions, ${measures} measures, ${suggested} suggested (median of ${matching.runs})`,
      matching.median,
      undefined,
      `(p95 ${formatMs(matching.p95)})`,
    ),
  ])
}
