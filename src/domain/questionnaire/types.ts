/**
 * The questionnaire file format (format version 1), as loaded from `questionnaires/*.json`.
 * The JSON Schema in `questionnaires/schema/questionnaire.schema.json` describes the same shape
 * for authors; `validate-questionnaire.ts` checks it at load time.
 */
import type { Expr } from '../expression'

/** A text in both UI languages. German is required first, English second. */
export interface LocalizedText {
  de: string
  en: string
}

export type Locale = keyof LocalizedText

/** Ids of the seven Strategierat indicator fields, shared by every questionnaire. */
export type DimensionId =
  | 'bildung'
  | 'beratung'
  | 'umsetzung'
  | 'reifegrad'
  | 'breitband'
  | 'breitband-bildung'
  | 'fachkraefte'

export type LevelNumber = 1 | 2 | 3 | 4 | 5

/** What one maturity level means in one dimension, and the typical next step from there. */
export interface DimensionLevelAdvice {
  meaning: LocalizedText
  nextStep: LocalizedText
}

export interface Dimension {
  id: DimensionId
  title: LocalizedText
  description: LocalizedText
  /** Relative weight in the overall score (> 0). */
  weight: number
  /** Exactly five entries, for levels 1..5 in order. */
  advice: DimensionLevelAdvice[]
}

/** A topic groups questions across the file (e.g. IT security) so measures can trigger on it. */
export interface Topic {
  id: string
  title: LocalizedText
}

export interface Level {
  level: LevelNumber
  /** Lowest score (0..100) that reaches this level; level 1 starts at 0. */
  minScore: number
  name: LocalizedText
  text: LocalizedText
}

export interface ChoiceOption {
  id: string
  text: LocalizedText
  points: number
  /** Multiple choice only: choosing it clears the others ("none of these"). */
  exclusive?: boolean
}

export interface NumberBand {
  /** Lowest value (inclusive) of this band; bands are ordered by `min`, the first starts at the question's `min`. */
  min: number
  points: number
  label: LocalizedText
}

interface QuestionBase {
  id: string
  dimension: DimensionId
  topic?: string
  text: LocalizedText
  help?: LocalizedText
  /** Relative weight within its dimension (> 0); defaults to 1. */
  weight?: number
  /** A required question must be answered (N/A counts as an answer) before finishing. */
  required?: boolean
  /** Expression in the small expression language; the question is shown only when it is true. */
  visibleIf?: string
  /**
   * `visibleIf` parsed: not in files, added when a questionnaire is loaded (compile-conditions.ts),
   * so showing questions needs no parser.
   */
  visibleIfAst?: Expr
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single'
  options: ChoiceOption[]
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple'
  options: ChoiceOption[]
  /** Points above this cap do not count; the score is min(sum, cap) / cap. */
  maxPoints: number
}

export interface YesNoQuestion extends QuestionBase {
  type: 'yesno'
  points: { yes: number; no: number }
}

export interface NumberQuestion extends QuestionBase {
  type: 'number'
  unit: LocalizedText
  min: number
  max: number
  bands: NumberBand[]
}

/** Free text: never scored, never submitted. */
export interface TextQuestion extends QuestionBase {
  type: 'text'
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | YesNoQuestion
  | NumberQuestion
  | TextQuestion

export type ScoredQuestion = Exclude<Question, TextQuestion>

export type QuestionType = Question['type']

export interface Questionnaire {
  formatVersion: 1
  id: string
  /** Semver; a published version is never edited (see questionnaires/published.json). */
  version: string
  title: LocalizedText
  description: LocalizedText
  estimatedMinutes: number
  /** Which standard profile fields this questionnaire asks (see src/domain/profile). */
  profileFields: ProfileFieldId[]
  dimensions: Dimension[]
  topics: Topic[]
  levels: Level[]
  questions: Question[]
}

/** What the app shows about a questionnaire before loading it (to choose one, to name a check). */
export type QuestionnaireSummary = Pick<Questionnaire, 'id' | 'version' | 'title' | 'description' | 'estimatedMinutes'> & {
  questionCount: number
}

export type ProfileFieldId =
  | 'state'
  | 'district'
  | 'sector'
  | 'employees'
  | 'headcount'
  | 'turnover'
  | 'apprentices'
  | 'role'

/**
 * A stored answer. Absent key = unanswered. `{ na: true }` = "trifft nicht zu / keine Angabe",
 * which takes the question out of the denominator instead of counting as zero.
 * single: option id; multiple: option ids; yesno: boolean; number: number; text: string.
 */
export type AnswerValue = string | string[] | boolean | number | NotApplicable

export interface NotApplicable {
  na: true
}

export type Answers = Record<string, AnswerValue>
