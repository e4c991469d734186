/**
 * The questionnaire as the app uses it: the model of file format 2. Files in format 1 are migrated
 * to it when they are loaded (format-v1.ts), so every part of the app sees one model. The JSON
 * Schema in `questionnaires/schema/questionnaire.schema.json` describes the files for authors.
 */
import type { Expr } from '../expression'
import type { DimensionId, LevelNumber } from '../indicator-fields'
import type { MeasureKind } from '../measure-kinds'
import type { ProfileFieldId } from '../shapes/profile'
import type { LocalizedText } from '../text'

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

/** A topic groups questions across the file (e.g. IT security) so measures and priorities can use it. */
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

/** A source for a fact in a help text (a legal duty, a date). */
export interface Source {
  title: string
  url: string
  /** When the source was seen, `YYYY-MM-DD`. */
  date: string
}

/** Rough external cost of a next step: none, under 1,000 EUR, 1,000–10,000 EUR, over 10,000 EUR. */
export type CostBand = 'none' | 'low' | 'medium' | 'high'

/** A concrete next step a weak answer suggests, for the Maßnahmenplan. */
export interface NextStep {
  id: string
  text: LocalizedText
  /** Working hours it typically takes. */
  effortHours: number
  costBand: CostBand
  /** Done within about a day of work and under 1,000 EUR. */
  quickWin: boolean
  /** Which kinds of support measures can help with it. */
  measureKinds: MeasureKind[]
}

export interface ChoiceOption {
  id: string
  text: LocalizedText
  /** Absent on context questions and on a "not relevant" option. */
  points?: number
  /** Multiple choice only: choosing it clears the others ("none of these"). */
  exclusive?: boolean
  /** "Für unsere Kunden nicht relevant": counts like N/A, but is a deliberate, shown answer. */
  notRelevant?: boolean
  /** Single choice: next steps suggested when this option is chosen. */
  steps?: string[]
  /** Multiple choice: next steps suggested when this practice is not chosen. */
  stepsIfNotChosen?: string[]
}

export interface NumberBand {
  /** Lowest value (inclusive) of this band; bands are ordered by `min`, the first starts at the question's `min`. */
  min: number
  /** Absent on context questions. */
  points?: number
  label: LocalizedText
  steps?: string[]
}

/**
 * `firm`: what the business itself does or decides; scored. `context`: its surroundings (school,
 * broadband at the address, support nearby); asked and stored, shown as "Ihr Umfeld", never scored.
 */
export type QuestionScope = 'firm' | 'context'

interface QuestionBase {
  id: string
  dimension: DimensionId
  scope: QuestionScope
  topic?: string
  text: LocalizedText
  help?: LocalizedText
  sources?: Source[]
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
  /** Points above this cap do not count; the score is min(sum, cap) / cap. Absent on context questions. */
  maxPoints?: number
}

export interface YesNoQuestion extends QuestionBase {
  type: 'yesno'
  /** Absent on context questions. */
  points?: { yes: number; no: number }
  stepsIfNo?: string[]
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

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | YesNoQuestion | NumberQuestion | TextQuestion

export type QuestionType = Question['type']

export interface Questionnaire {
  formatVersion: 2
  id: string
  /** Semver; a published version is never edited (see questionnaires/published.json). */
  version: string
  title: LocalizedText
  description: LocalizedText
  /** Which standard profile fields this questionnaire asks (see src/domain/shapes/profile). */
  profileFields: ProfileFieldId[]
  dimensions: Dimension[]
  topics: Topic[]
  levels: Level[]
  questions: Question[]
  /** Next steps the answers can suggest (referenced by id from options, bands and yes/no questions). */
  steps: NextStep[]
}

/** What the app shows about a questionnaire before loading it (to choose one, to name a check). */
export type QuestionnaireSummary = Pick<Questionnaire, 'id' | 'version' | 'title' | 'description'> & {
  questionCount: number
  /** Whole minutes for the typical profiles (src/domain/questionnaire/duration.ts), least and most. */
  minutes: { low: number; high: number }
}
