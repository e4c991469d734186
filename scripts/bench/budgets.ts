/**
 * Budgets and targets from the quality bars in DESIGN.md, in one place for the bench and the budget
 * test. Byte budgets are hard (a test fails); timings and Lighthouse scores are targets the bench
 * reports against.
 */

/** 1 kB = 1000 bytes, as in Vite's build output, so the figures match what developers see there. */
export const KB = 1000

/** SurveyJS survey-core + survey-vue3-ui + Vue, gzipped: the yardstick for the questionnaire budget. */
export const SURVEYJS_GZIP_BYTES = 384 * KB

export const BYTE_BUDGETS = {
  /** JS on first load of the start page, gzipped. */
  firstLoadJs: 80 * KB,
  /** All JS needed to answer the flagship questionnaire, gzipped: a quarter of SurveyJS. */
  questionnaireJs: SURVEYJS_GZIP_BYTES / 4,
} as const

/**
 * The questionnaire budget above is NOT met yet (124.5 kB on 2026-11-22; issue 10 stays open for
 * it). Until it is, the budget test holds the figure under this ceiling so it cannot grow unnoticed;
 * lower the ceiling with every reduction and remove it once the real budget holds.
 */
export const BYTE_CEILINGS_WHILE_OVER_BUDGET: Partial<Record<keyof typeof BYTE_BUDGETS, number>> = {
  questionnaireJs: 125 * KB,
}

export const TIME_TARGETS_MS = {
  score200Median: 1,
  listFirstPage: 100,
  csvExport: 2000,
  jsonExport: 5000,
  jsonImport: 5000,
  answerReaction: 16,
} as const

export const LIGHTHOUSE_TARGETS = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
} as const
