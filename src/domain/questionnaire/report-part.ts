import type { Questionnaire } from './types'

/**
 * The texts only the results show: what each level means per field and the next step from there
 * (`dimensions[].advice`), what each overall level means (`levels[].text`), and the next steps the
 * answers suggest (`steps`). Nobody needs them while answering, so a shipped questionnaire comes
 * in two parts (scripts/vite/shipped-questionnaires.ts); `mergeLanguageParts` joins them.
 */

/** The questionnaire without its report texts: what answering it needs. */
export function withoutReportTexts(questionnaire: Questionnaire): Questionnaire {
  const { steps: _steps, ...rest } = questionnaire
  return {
    ...rest,
    dimensions: questionnaire.dimensions.map(({ advice: _advice, ...dimension }) => dimension) as Questionnaire['dimensions'],
    levels: questionnaire.levels.map(({ text: _text, ...level }) => level) as Questionnaire['levels'],
  } as Questionnaire
}

/** Only the report texts, in the questionnaire's shape, so merging puts each where it belongs. */
export function reportTexts(questionnaire: Questionnaire): Pick<Questionnaire, 'dimensions' | 'levels' | 'steps'> {
  return {
    dimensions: questionnaire.dimensions.map(({ advice }) => ({ advice })) as unknown as Questionnaire['dimensions'],
    levels: questionnaire.levels.map(({ text }) => ({ text })) as unknown as Questionnaire['levels'],
    steps: questionnaire.steps,
  }
}
