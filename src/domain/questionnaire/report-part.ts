import type { Question, Questionnaire } from './types'

/**
 * What only the results need: what each level means per field and the next step from there
 * (`dimensions[].advice`), what each overall level means (`levels[].text`), the next steps the
 * answers suggest (`steps`) with the references to them from options, bands and yes/no questions,
 * and the sources behind each question. Nobody needs them while answering, so a shipped
 * questionnaire comes in two parts (scripts/vite/shipped-questionnaires.ts); `mergeLanguageParts`
 * joins them (both parts keep the questions and options in the same order, so they merge by place).
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A question without its sources and step references. */
function answeringPart(question: Question): Question {
  const { sources: _sources, ...rest } = question as Question & { stepsIfNo?: string[] }
  const copy = { ...rest } as Mutable<Question> & { stepsIfNo?: string[] }
  delete copy.stepsIfNo
  if ('options' in copy) copy.options = copy.options.map(({ steps: _steps, stepsIfNotChosen: _notChosen, ...option }) => option) as typeof copy.options
  if ('bands' in copy) copy.bands = copy.bands.map(({ steps: _steps, ...band }) => band) as typeof copy.bands
  return copy as Question
}

/** Only what the results add to a question, in its shape (empty objects keep the places). */
function reportPartOf(question: Question): Partial<Question> {
  const part: Record<string, unknown> = {}
  if (question.sources) part.sources = question.sources
  if (question.type === 'yesno' && question.stepsIfNo) part.stepsIfNo = question.stepsIfNo
  if (question.type === 'single' || question.type === 'multiple') {
    part.options = question.options.map((option) => ({
      ...(option.steps ? { steps: option.steps } : {}),
      ...('stepsIfNotChosen' in option && option.stepsIfNotChosen ? { stepsIfNotChosen: option.stepsIfNotChosen } : {}),
    }))
  }
  if (question.type === 'number') part.bands = question.bands.map((band) => (band.steps ? { steps: band.steps } : {}))
  return part as Partial<Question>
}

/** The questionnaire without its report texts: what answering it needs. */
export function withoutReportTexts(questionnaire: Questionnaire): Questionnaire {
  const { steps: _steps, ...rest } = questionnaire
  return {
    ...rest,
    dimensions: questionnaire.dimensions.map(({ advice: _advice, ...dimension }) => dimension) as Questionnaire['dimensions'],
    levels: questionnaire.levels.map(({ text: _text, ...level }) => level) as Questionnaire['levels'],
    questions: questionnaire.questions.map(answeringPart),
  } as Questionnaire
}

/** Only the report texts, in the questionnaire's shape, so merging puts each where it belongs. */
export function reportTexts(questionnaire: Questionnaire): Pick<Questionnaire, 'dimensions' | 'levels' | 'steps' | 'questions'> {
  return {
    dimensions: questionnaire.dimensions.map(({ advice }) => ({ advice })) as unknown as Questionnaire['dimensions'],
    levels: questionnaire.levels.map(({ text }) => ({ text })) as unknown as Questionnaire['levels'],
    steps: questionnaire.steps,
    questions: questionnaire.questions.map(reportPartOf) as unknown as Questionnaire['questions'],
  }
}
