import { readFileSync } from 'node:fs'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { isScored, visibleQuestionIds } from '@/domain/questionnaire/visibility'
import type { Questionnaire } from '@/domain/questionnaire/types'
import type { AnswerValue, Answers } from '@/domain/shapes/answers'
import type { ScoredQuestion } from '@/domain/questionnaire/visibility'
import type { Profile } from '@/domain/shapes/profile'

/** Reads a file under the repository root and parses it as JSON. */
export function readRepoJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))
}

/** Loads a questionnaire file through the real loader; fails the test with the issues otherwise. */
export function loadQuestionnaireFile(path: string): Questionnaire {
  const result = loadQuestionnaire(readRepoJson(path))
  if (!result.ok) throw new Error(`${path} does not load: ${JSON.stringify(result.errors, null, 1)}`)
  return result.questionnaire
}

export type Chooser = (q: ScoredQuestion) => AnswerValue

/**
 * Answers every visible scored question with `choose`, repeating until visibility settles, since
 * an answer can reveal follow-up questions.
 */
export function answerAll(questionnaire: Questionnaire, profile: Profile, choose: Chooser): Answers {
  const answers: Answers = {}
  for (let changed = true; changed; ) {
    changed = false
    const visible = visibleQuestionIds(questionnaire, answers, profile)
    for (const q of questionnaire.questions) {
      if (!isScored(q) || !visible.has(q.id) || q.id in answers) continue
      answers[q.id] = choose(q)
      changed = true
    }
  }
  return answers
}

/** Points of an option, band or answer; a firm question has them all (the loader checks it). */
const points = (value: number | undefined): number => value ?? 0

/** The option ids of a choice question, from fewest to most points ("not relevant" options are no score). */
function byPoints(q: ScoredQuestion & { options: { id: string; points?: number; notRelevant?: boolean }[] }) {
  return q.options.filter((o) => !o.notRelevant).sort((a, b) => points(a.points) - points(b.points))
}

/** The lowest-scoring answer. */
export const lowest: Chooser = (q) => {
  switch (q.type) {
    case 'single':
      return byPoints(q)[0]!.id
    case 'multiple':
      return [byPoints(q)[0]!.id]
    case 'yesno':
      return points(q.points?.yes) < points(q.points?.no)
    case 'number':
      return q.min
  }
}

/** The highest-scoring answer. */
export const highest: Chooser = (q) => {
  switch (q.type) {
    case 'single':
      return byPoints(q).at(-1)!.id
    case 'multiple':
      return q.options.filter((o) => points(o.points) > 0 && !o.exclusive).map((o) => o.id)
    case 'yesno':
      return points(q.points?.yes) >= points(q.points?.no)
    case 'number':
      return q.max
  }
}

/**
 * A middling answer: the lower middle option by points (the second of four), positive options of a
 * multiple choice until half the cap is reached, "yes" for yes/no, the lower middle number band.
 */
export const middle: Chooser = (q) => {
  switch (q.type) {
    case 'single': {
      const options = byPoints(q)
      return options[Math.floor((options.length - 1) / 2)]!.id
    }
    case 'multiple': {
      const chosen: string[] = []
      let sum = 0
      for (const o of q.options.filter((x) => points(x.points) > 0 && !x.exclusive)) {
        if (sum >= points(q.maxPoints) / 2) break
        chosen.push(o.id)
        sum += points(o.points)
      }
      return chosen
    }
    case 'yesno':
      return points(q.points?.yes) >= points(q.points?.no)
    case 'number':
      return q.bands[Math.floor((q.bands.length - 1) / 2)]!.min
  }
}
