import { DIMENSION_IDS, type DimensionId, type LevelNumber } from '../indicator-fields'
import type { Questionnaire } from '../questionnaire/types'
import type { AssessmentRecord } from '../shapes/assessment'
import type { CompanyRecord } from '../shapes/company'
import type { AssessmentResult } from '../shapes/result'
import type { Locale } from '../text'
import { csvField, csvLine, csvText } from './csv'

/** One check for the portfolio table, with its company (null: the business checking itself). */
export interface PortfolioRow {
  company: CompanyRecord | null
  assessment: AssessmentRecord
}

/**
 * The columns of the portfolio table: five fixed ones, the seven field scores, then the seven
 * field levels. The seven fields are the Strategierat's (not those of one questionnaire file),
 * because one table holds checks of several questionnaires and its columns must mean the same in
 * every row. The caller words them (i18n).
 */
export type PortfolioColumn =
  | { kind: 'business' | 'date' | 'questionnaire' | 'overall' | 'level' }
  | { kind: 'field-score' | 'field-level'; dimension: DimensionId }

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  { kind: 'business' },
  { kind: 'date' },
  { kind: 'questionnaire' },
  { kind: 'overall' },
  { kind: 'level' },
  ...DIMENSION_IDS.map((dimension) => ({ kind: 'field-score' as const, dimension })),
  ...DIMENSION_IDS.map((dimension) => ({ kind: 'field-level' as const, dimension })),
]

export interface PortfolioWords {
  /** The header, one title per column of PORTFOLIO_COLUMNS, in the table's language. */
  header: readonly string[]
  /** What the name column says for a check without a company (the business checking itself). */
  ownBusiness: string
  /** Level names come from each check's own questionnaire in this language. */
  locale: Locale
}

export interface PortfolioCsvOptions {
  /** The time zone in which a completion time becomes a date; default Europe/Berlin. */
  timeZone?: string
}

/**
 * The portfolio table for reporting, as CSV for spreadsheets: a UTF-8 byte order mark (so Excel
 * reads umlauts right), the header, and one line per completed check in the given order (drafts
 * are left out). Scores are whole numbers without separators, empty when not scored; levels are
 * the level names of the check's questionnaire (its number when the file is unknown).
 */
export function portfolioCsv(
  rows: readonly PortfolioRow[],
  questionnaires: ReadonlyMap<string, Questionnaire>,
  words: PortfolioWords,
  options: PortfolioCsvOptions = {},
): string {
  if (words.header.length !== PORTFOLIO_COLUMNS.length) throw new RangeError('One header title per portfolio column')
  const toDate = dateFormatter(options.timeZone ?? 'Europe/Berlin')
  const lines = ['\uFEFF', csvLine(words.header.map(csvText))]
  for (const { company, assessment } of rows) {
    const result = assessment.result
    if (assessment.status !== 'completed' || result === null || assessment.completedAt === null) continue
    const questionnaire = `${assessment.questionnaireId}@${assessment.questionnaireVersion}`
    const levelName = levelNamer(questionnaires.get(questionnaire), words.locale)
    const dimension = (id: string) => result.dimensions.find((entry) => entry.dimension === id)
    lines.push(
      csvLine([
        csvText(company?.name ?? words.ownBusiness),
        toDate(assessment.completedAt),
        csvText(questionnaire),
        score(result.overall.score),
        levelName(result.overall.level),
        ...DIMENSION_IDS.map((id) => score(dimension(id)?.score ?? null)),
        ...DIMENSION_IDS.map((id) => levelName(dimension(id)?.level ?? null)),
      ]),
    )
  }
  return lines.join('')
}

function score(value: AssessmentResult['overall']['score']): string {
  return value === null ? '' : String(Math.round(value))
}

function levelNamer(questionnaire: Questionnaire | undefined, locale: Locale): (level: LevelNumber | null) => string {
  return (level) => {
    if (level === null) return ''
    const name = questionnaire?.levels.find((entry) => entry.level === level)?.name[locale]
    return name === undefined ? String(level) : csvText(name)
  }
}

// YYYY-MM-DD of an ISO time in `timeZone`; assembled from parts, since locales order them differently.
function dateFormatter(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  return (iso) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]))
    return csvField(`${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`)
  }
}
