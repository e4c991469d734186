import type {
  Dimension,
  DimensionId,
  Level,
  Question,
  Questionnaire,
} from '@/domain/questionnaire/types'
import { compileConditions } from '@/domain/questionnaire/compile-conditions'

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

export function buildQuestionnaire(
  questions: Question[],
  dimensions: Dimension[] = [dimension('reifegrad'), dimension('breitband')],
  topics: string[] = [],
): Questionnaire {
  // Conditions parsed as when a file is loaded.
  return compileConditions({
    formatVersion: 1,
    id: 'test',
    version: '1.0.0',
    title: t('Test'),
    description: t(''),
    estimatedMinutes: 5,
    profileFields: ['state'],
    dimensions,
    topics: topics.map((id) => ({ id, title: t(id) })),
    levels: LEVELS,
    questions,
  })
}

/** A single-choice question with options `o0..oN` worth the given points. */
export function single(id: string, dim: DimensionId, points: number[], extra: Partial<Question> = {}): Question {
  return {
    id,
    dimension: dim,
    text: t(id),
    type: 'single',
    options: points.map((p, i) => ({ id: `o${i}`, text: t(`o${i}`), points: p })),
    ...extra,
  } as Question
}
