import { DIMENSION_IDS } from '../assessment/record-fields'
import type { AssessmentRecord, CompanyRecord } from '../assessment/types'
import type { LevelNumber, Locale, Questionnaire } from '../questionnaire/types'
import type { AssessmentResult } from '../scoring/types'
import { csvField, csvLine, csvText } from './csv'
import { OWN_BUSINESS, portfolioHeader } from './portfolio-columns'

/** One check for the portfolio table, with its company (null: the business checking itself). */
export interface PortfolioRow {
  company: CompanyRecord | null
  assessment: AssessmentRecord
}

export interface PortfolioCsvOptions {
  /** The time zone in which a completion time becomes a date; default Europe/Berlin. */
  timeZone?: string
}

/**
 * The portfolio table for reporting, as CSV for spreadsheets: a UTF-8 byte order mark (so Excel
 * reads umlauts right), a header in `locale`, and one line per completed check in the given order
 * (drafts are left out). Scores are whole numbers without separators, empty when not scored;
 * levels are the level names of the check's questionnaire (its number when the file is unknown).
 */
export function portfolioCsv(
  rows: readonly PortfolioRow[],
  questionnaires: ReadonlyMap<string, Questionnaire>,
  locale: Locale,
  options: PortfolioCsvOptions = {},
): string {
  const toDate = dateFormatter(options.timeZone ?? 'Europe/Berlin')
  const lines = ['\uFEFF', csvLine(portfolioHeader(locale).map(csvText))]
  for (const { company, assessment } of rows) {
    const result = assessment.result
    if (assessment.status !== 'completed' || result === null || assessment.completedAt === null) continue
    const questionnaire = `${assessment.questionnaireId}@${assessment.questionnaireVersion}`
    const levelName = levelNamer(questionnaires.get(questionnaire), locale)
    const dimension = (id: string) => result.dimensions.find((entry) => entry.dimension === id)
    lines.push(
      csvLine([
        csvText(company?.name ?? OWN_BUSINESS[locale]),
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
