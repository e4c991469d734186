import { resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import type { Questionnaire } from '../../src/domain/questionnaire/types'
import { openBenchPage } from './bench-page-client'
import { TIME_TARGETS_MS } from './budgets'
import { msUntilShown } from './page-probes'
import { ROOT } from './paths'
import { timeRow, type Row, type SectionResult } from './report'
import { draftCheck, flagshipQuestionnaire } from './seed-records'
import { summarize, type Timing } from './stats'
import { largestStep, shownPerStep } from './steps'
import { syntheticQuestionnaire } from './synthetic-questionnaire'

const SECTION = 'rendering'
const LOADS = 5
const ANSWERS = 20
const REACTION_PROBE = resolve(ROOT, 'scripts/bench/probes/answer-reaction.js')
type ProbeGlobal = { benchAnswerReaction(maxSamples: number): Promise<number[]> }

export interface StepFigures {
  /** What was measured, in words, for the table. */
  label: string
  questionsShown: number
  /** Navigation start → first frame with every question of the step. */
  shown: Timing
  /** Click on a radio → the DOM shows it checked and the save status has changed. */
  answerReaction: Timing
}

/** The step with 100 questions: the flagship's file swapped for this at build time (see build-bench-variants.ts). */
export function hundredQuestionQuestionnaire(): Questionnaire {
  // Every eighth question depends on an earlier answer and is hidden in a new check, so the first
  // dimension gets as many questions as it takes for 100 to be shown.
  for (let total = 100; total < 200; total += 1) {
    // The version the app ships (the swapped file's), or the app would not open the check.
    const questionnaire = syntheticQuestionnaire({ id: 'digitalisierungsgrad-check', version: flagshipQuestionnaire().version, perDimension: [total, 5, 5, 5, 5, 5, 5] })
    if (shownPerStep(questionnaire)[0]! >= 100) return questionnaire
  }
  throw new Error('No synthetic questionnaire shows 100 questions in its first step')
}

/** The step of `questionnaire` with the most questions shown, in a new draft of the bench profile. */
export async function benchLargestStep(context: BrowserContext, origin: string, questionnaire: Questionnaire, label: string): Promise<StepFigures> {
  const { step, shown: questionsShown } = largestStep(questionnaire)
  const draft = draftCheck(questionnaire, `bench-step-${step}`)
  const bench = await openBenchPage(context, origin)
  await bench.seed([], [draft])
  await bench.page.close()

  const page = await context.newPage()
  await page.addInitScript({ path: REACTION_PROBE })
  const loads: number[] = []
  for (let i = 0; i < LOADS; i += 1) {
    await page.goto(`${origin}/check/${draft.id}/schritt/${step}`)
    loads.push(await msUntilShown(page, 'fieldset.question', questionsShown))
  }
  const reactions = await page.evaluate((max) => (globalThis as unknown as ProbeGlobal).benchAnswerReaction(max), ANSWERS)
  await page.close()
  const dimension = questionnaire.dimensions[step - 1]!.title.de
  return { label: `${label}, step ${step} „${dimension}“, ${questionsShown} questions`, questionsShown, shown: summarize(loads), answerReaction: summarize(reactions) }
}

export function stepRows(figures: StepFigures): Row[] {
  const { label, shown, answerReaction } = figures
  return [
    timeRow(SECTION, `${label}: navigation → all questions shown (median of ${shown.runs})`, shown.median),
    timeRow(
      SECTION,
      `${label}: click → checked + save status changed (median of ${answerReaction.runs})`,
      answerReaction.median,
      TIME_TARGETS_MS.answerReaction,
      `(p95 ${answerReaction.p95.toFixed(1)})`,
    ),
  ]
}

export type RenderingFigures = StepFigures[]
export type RenderingResult = SectionResult<RenderingFigures>
