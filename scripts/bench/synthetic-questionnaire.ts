import type { Question, Questionnaire } from '../../src/domain/questionnaire/types'
import { loadQuestionnaire } from '../../src/domain/questionnaire/validate-questionnaire'
import type { Profile } from '../../src/domain/shapes/profile'
import type { Answers } from '../../src/domain/shapes/answers'
import type { DimensionId } from '../../src/domain/indicator-fields'
import type { LocalizedText } from '../../src/domain/text'

/**
 * Questionnaires of any size for the bench, shaped like the real ones: seven dimensions, mostly
 * single choice with some multiple choice, yes/no, number and text questions, about one in eight
 * shown only under a condition on an earlier answer or the profile, and texts of realistic length.
 * Loaded through the app's own validation, so the bench never measures a file the app would refuse.
 */

export interface SyntheticOptions {
  id?: string
  version?: string
  /** Questions per dimension, in the order of the seven dimensions. */
  perDimension: number[]
  /** Topic ids to spread over the questions (e.g. those the measures catalogue triggers on). */
  topics?: string[]
}

/** The seven indicator fields, in the order of the real questionnaires. */
const DIMENSION_IDS: DimensionId[] = ['bildung', 'beratung', 'umsetzung', 'reifegrad', 'breitband', 'breitband-bildung', 'fachkraefte']

/** `total` questions spread evenly over the seven dimensions. */
export function evenly(total: number): number[] {
  return DIMENSION_IDS.map((_, index) => Math.floor(total / 7) + (index < total % 7 ? 1 : 0))
}

const text = (de: string, en: string): LocalizedText => ({ de, en })
const QUESTION_DE = 'Wie regelmäßig und wie verbindlich nutzt Ihr Betrieb digitale Werkzeuge für diese Aufgabe im Alltag'
const QUESTION_EN = 'How regularly and how bindingly does your business use digital tools for this task in daily work'
const OPTION_DE = ['Gar nicht, alles läuft auf Papier', 'Gelegentlich, wenn es sich ergibt', 'Regelmäßig in einzelnen Bereichen', 'Durchgängig und mit festen Abläufen']
const OPTION_EN = ['Not at all, everything is on paper', 'Now and then, when it comes up', 'Regularly in some areas', 'Throughout, with set procedures']

export function syntheticQuestionnaire(options: SyntheticOptions): Questionnaire {
  const topics = options.topics ?? ['topic-a', 'topic-b', 'topic-c']
  const questions: Question[] = []
  DIMENSION_IDS.forEach((dimension, d) => {
    for (let i = 0; i < (options.perDimension[d] ?? 0); i += 1) {
      questions.push(syntheticQuestion(`${dimension}-${i + 1}`, dimension, questions, topics))
    }
  })
  const file = {
    formatVersion: 2,
    id: options.id ?? 'bench-synthetic',
    version: options.version ?? '1.0.0',
    title: text('Synthetischer Check', 'Synthetic check'),
    description: text('Nur für Messungen', 'For measurements only'),
    profileFields: ['state', 'sector', 'employees', 'apprentices'],
    dimensions: DIMENSION_IDS.map((id) => ({
      id,
      title: text(`Bereich ${id}`, `Field ${id}`),
      description: text('Beschreibung des Bereichs in einem Satz.', 'A one-sentence description of the field.'),
      weight: 1,
      advice: [1, 2, 3, 4, 5].map((level) => ({
        meaning: text(`Stufe ${level} bedeutet in diesem Bereich etwas Bestimmtes.`, `Level ${level} means something here.`),
        nextStep: text('Ein nächster Schritt, kurz beschrieben.', 'A next step, briefly described.'),
      })),
    })),
    topics: topics.map((id) => ({ id, title: text(id, id) })),
    levels: [0, 20, 40, 60, 80].map((minScore, index) => ({
      level: index + 1,
      minScore,
      name: text(`Stufe ${index + 1}`, `Level ${index + 1}`),
      text: text('Was diese Stufe bedeutet.', 'What this level means.'),
    })),
    questions,
  }
  const loaded = loadQuestionnaire(file)
  if (!loaded.ok) throw new Error(`Synthetic questionnaire is invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
  return loaded.questionnaire
}

/** Mix per 20 questions: 13 single, 2 multiple, 2 yes/no, 2 number, 1 text; every 8th is conditional. */
function syntheticQuestion(id: string, dimension: Question['dimension'], earlier: Question[], topics: string[]): Question {
  const n = earlier.length
  const kind = n % 20
  const base = {
    id,
    dimension,
    scope: 'firm' as const,
    topic: topics[n % topics.length],
    text: text(`${QUESTION_DE} (${id})?`, `${QUESTION_EN} (${id})?`),
    ...(n % 5 === 0 ? { help: text('Ein erklärender Hinweis zur Frage in ein bis zwei Sätzen.', 'An explanatory hint, one or two sentences long.') } : {}),
    ...(n % 8 === 7 ? { visibleIf: condition(earlier) } : {}),
  }
  if (kind === 3 || kind === 13) {
    return {
      ...base,
      type: 'multiple',
      maxPoints: 3,
      options: [
        ...OPTION_DE.map((de, i) => ({ id: `m${i}`, text: text(de, OPTION_EN[i]!), points: 1 })),
        { id: 'none', text: text('Keines davon', 'None of these'), points: 0, exclusive: true },
      ],
    }
  }
  if (kind === 6 || kind === 16) return { ...base, type: 'yesno', points: { yes: 1, no: 0 } }
  if (kind === 9 || kind === 19) {
    return {
      ...base,
      type: 'number',
      unit: text('Stunden pro Woche', 'hours per week'),
      min: 0,
      max: 1000,
      bands: [
        { min: 0, points: 0, label: text('keine', 'none') },
        { min: 5, points: 1, label: text('einige', 'some') },
        { min: 20, points: 2, label: text('viele', 'many') },
      ],
    }
  }
  if (kind === 11) return { ...base, type: 'text' }
  return { ...base, type: 'single', options: OPTION_DE.map((de, i) => ({ id: `o${i}`, text: text(de, OPTION_EN[i]!), points: i })) }
}

/** A condition on the last single-choice question before, or on the profile when there is none. */
function condition(earlier: Question[]): string {
  const anchor = [...earlier].reverse().find((question) => question.type === 'single')
  return anchor ? `answers.${anchor.id} in ['o1','o2','o3']` : 'profile.apprentices == true'
}

export const BENCH_PROFILE: Profile = { state: 'DE-NI', sector: 'hw-gebaeudetechnik', employees: '10-49', apprentices: true }

/**
 * Answers to every question, varied by `seed` (a small deterministic generator, so runs are
 * comparable): about one in twenty "does not apply", the rest spread over the options.
 */
export function syntheticAnswers(questionnaire: Questionnaire, seed: number): Answers {
  const random = mulberry32(seed)
  const answers: Answers = {}
  for (const question of questionnaire.questions) {
    if (question.type !== 'text' && random() < 0.05) {
      answers[question.id] = { na: true }
      continue
    }
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
    if (question.type === 'single') answers[question.id] = pick(question.options).id
    else if (question.type === 'multiple') answers[question.id] = question.options.filter((o) => !o.exclusive && random() < 0.5).map((o) => o.id)
    else if (question.type === 'yesno') answers[question.id] = random() < 0.5
    else if (question.type === 'number') answers[question.id] = Math.floor(random() * 40)
    else answers[question.id] = 'Kundentermine online buchen'
  }
  return answers
}

/** Seeded pseudo-random numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
