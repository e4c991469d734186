import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isNotApplicable, isNotRelevantAnswer, isScored, visibleQuestionIds } from '@/domain/questionnaire/visibility'
import { parse } from '@/domain/schema/kit'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { answersSchema, type Answers } from '@/domain/shapes/answers'
import { profileSchema, type Profile } from '@/domain/shapes/profile'
import type { AssessmentResult } from '@/domain/shapes/result'
import { loadQuestionnaireFile } from './answer-builder'
import { GOLDEN_DAY, prioritiesOf, type GoldenPriorities } from './golden-priorities'

/**
 * Golden results per published questionnaire version: a version once published must score the
 * same answers the same way forever (results are frozen into completed checks and compared across
 * the years). For each shipped version, tests/fixtures/golden/<id>@<version>/ holds three answer
 * sets with the result scoreAssessment gave when they were written, each checked by hand for at
 * least one field (`handCheck`). A new version needs its own three files before it can ship.
 */

const QUESTIONNAIRES = new URL('../../../questionnaires/', import.meta.url)
const GOLDEN = new URL('../../fixtures/golden/', import.meta.url)
const ANSWER_SETS = ['mixed', 'strongest', 'weakest']

interface GoldenFixture {
  questionnaire: string
  description: string
  /** How the expectation was checked against the questionnaire's points, by hand. */
  handCheck: string
  profile: unknown
  answers: unknown
  expected: Omit<AssessmentResult, 'engineVersion'>
  /** What the results page makes of it (default targets, real catalogue, GOLDEN_DAY): reviewed when it changes. */
  expectedPriorities: GoldenPriorities
}

/** Every shipped version, `id@version`, from the files questionnaires/<id>/<version>.json. */
const shipped = readdirSync(QUESTIONNAIRES)
  .filter((name) => !['schema', 'drafts'].includes(name) && statSync(new URL(name, QUESTIONNAIRES)).isDirectory())
  .flatMap((id) =>
    readdirSync(new URL(`${id}/`, QUESTIONNAIRES))
      .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
      .map((name) => `${id}@${name.replace(/\.json$/, '')}`),
  )
  .sort()

const goldenFolders = existsSync(GOLDEN) ? readdirSync(GOLDEN).filter((name) => statSync(new URL(name, GOLDEN)).isDirectory()).sort() : []

function readGolden(key: string, name: string): GoldenFixture {
  return JSON.parse(readFileSync(new URL(`${key}/${name}.json`, GOLDEN), 'utf8')) as GoldenFixture
}

/** The profile and answers as the app would store them (checked by the app's own shapes). */
function storedInput(fixture: GoldenFixture): { profile: Profile; answers: Answers } {
  const profile = parse(profileSchema, fixture.profile)
  const answers = parse(answersSchema(), fixture.answers)
  if (!profile.ok || !answers.ok) throw new Error(`not a stored profile and answers: ${JSON.stringify([profile, answers])}`)
  return { profile: profile.value, answers: answers.value }
}

it('finds the shipped questionnaire versions', () => {
  expect(shipped).toEqual(expect.arrayContaining([
    'digitalisierungsgrad-check@1.0.0', 'digitalisierungsgrad-check@2.0.0', 'schnellcheck-handwerk@1.0.0', 'schnellcheck-handwerk@2.0.0',
  ]))
})

it('has golden results for every shipped questionnaire version, and for no other', () => {
  expect(goldenFolders).toEqual(shipped)
  for (const key of shipped) {
    const files = readdirSync(new URL(`${key}/`, GOLDEN)).sort()
    expect(files, key).toEqual(ANSWER_SETS.map((name) => `${name}.json`))
  }
})

describe.each(shipped)('%s', (key) => {
  const [id, version] = key.split('@') as [string, string]
  // Through the app's real loader, as the build validates and ships it.
  const questionnaire = loadQuestionnaireFile(`questionnaires/${id}/${version}.json`)

  it.each(ANSWER_SETS)('scores the %s answers exactly as when the version was published', (name) => {
    const fixture = readGolden(key, name)
    expect(fixture.questionnaire).toBe(key)
    const { profile, answers } = storedInput(fixture)
    const { engineVersion: _engine, ...result } = scoreAssessment(questionnaire, answers, profile)
    // The message holds the whole result, to fill in `expected` of a new version's fixture.
    expect(result, JSON.stringify(result)).toStrictEqual(fixture.expected)
  })

  it.each(ANSWER_SETS)(`gives the %s answers the same strengths, gaps, next steps and top offers (offers as of ${GOLDEN_DAY})`, (name) => {
    const fixture = readGolden(key, name)
    const { profile, answers } = storedInput(fixture)
    const priorities = prioritiesOf(questionnaire, scoreAssessment(questionnaire, answers, profile), profile, answers)
    expect(priorities, JSON.stringify(priorities)).toStrictEqual(fixture.expectedPriorities)
    // No field is both a strength and a gap, and a context field is neither.
    expect(priorities.strengths.filter((field) => priorities.gaps.includes(field) || priorities.context.includes(field))).toEqual([])
    expect(priorities.gaps.filter((field) => priorities.context.includes(field))).toEqual([])
  })

  it.each(ANSWER_SETS)('has its %s expectation checked by hand, field by field', (name) => {
    const fixture = readGolden(key, name)
    expect(fixture.handCheck).toMatch(/^Checked by hand against the file's points, field [a-z-]+: /)
    const field = /field ([a-z-]+):/.exec(fixture.handCheck)![1]
    expect(questionnaire.dimensions.map((dimension) => dimension.id)).toContain(field)
    // The figures written down are the ones expected.
    const expected = fixture.expected.dimensions.find((dimension) => dimension.dimension === field)!
    if (expected.score !== null) expect(fixture.handCheck).toContain(`${expected.score}`)
    if (expected.level !== null) expect(fixture.handCheck).toContain(`level ${expected.level}`)
  })

  it('keeps the mixed set mixed: "not applicable", unanswered questions and, where offered, "not relevant" answers', () => {
    const { profile, answers } = storedInput(readGolden(key, 'mixed'))
    const visible = visibleQuestionIds(questionnaire, answers, profile)
    const scored = questionnaire.questions.filter((question) => isScored(question) && visible.has(question.id))
    expect(scored.some((question) => isNotApplicable(answers[question.id]))).toBe(true)
    expect(scored.some((question) => answers[question.id] === undefined)).toBe(true)
    const offersNotRelevant = scored.some((question) => 'options' in question && question.options.some((option) => option.notRelevant))
    const answeredNotRelevant = scored.some((question) => answers[question.id] !== undefined && isNotRelevantAnswer(question, answers[question.id]!))
    expect(answeredNotRelevant).toBe(offersNotRelevant)
  })
})
