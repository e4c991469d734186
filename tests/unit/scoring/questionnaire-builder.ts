import type { Dimension, Level, Question, QuestionScope, Questionnaire } from '@/domain/questionnaire/types'
import { compileConditions } from '@/domain/questionnaire/compile-conditions'
import type { DimensionId } from '@/domain/indicator-fields'

/** Small in-test questionnaires: only the parts scoring reads are meaningful. */

const t = (s: string) => ({ de: s, en: s })

export const LEVELS: Level[] = [
  { level: 1, minScore: 0, name: t('Einsteiger'), text: t('') },
  { level: 2, minScore: 20, name: t('Entdecker'), text: t('') },
  { level: 3, minScore: 40, name: t('Anwender'), text: t('') },
  { level: 4, minScore: 60, name: t('Fortgeschritten'), text: t('') },
  { level: 5, minScore: 80, name: t('Vorreiter'), text: t('') },
]

export function dimension(id: DimensionId, weight = 1): Dimension {
  return { id, title: t(id), description: t(''), weight, advice: [] }
}

type WithoutScope<Q> = Q extends Question ? Omit<Q, 'scope'> & { scope?: QuestionScope } : never
/** A question as the tests write it: firm practice unless it says otherwise (as every question of a format 1 file). */
export type TestQuestion = WithoutScope<Question>

export function buildQuestionnaire(
  questions: TestQuestion[],
  dimensions: Dimension[] = [dimension('reifegrad'), dimension('breitband')],
  topics: string[] = [],
): Questionnaire {
  // The model of file format 2, with conditions parsed as when a file is loaded.
  return compileConditions({
    formatVersion: 2,
    id: 'test',
    version: '1.0.0',
    title: t('Test'),
    description: t(''),
    profileFields: ['state'],
    dimensions,
    topics: topics.map((id) => ({ id, title: t(id) })),
    levels: LEVELS,
    questions: questions.map((question) => ({ scope: 'firm', ...question }) as Question),
    steps: [],
  })
}

/** A single-choice question with options `o0..oN` worth the given points. */
export function single(id: string, dim: DimensionId, points: number[], extra: Partial<TestQuestion> = {}): Question {
  return {
    id,
    dimension: dim,
    scope: 'firm',
    text: t(id),
    type: 'single',
    options: points.map((p, i) => ({ id: `o${i}`, text: t(`o${i}`), points: p })),
    ...extra,
  } as Question
}
