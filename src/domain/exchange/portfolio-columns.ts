import { DIMENSION_IDS } from '../assessment/record-fields'
import type { DimensionId, Locale, LocalizedText } from '../questionnaire/types'

/**
 * Column titles of the portfolio table. The seven dimensions have fixed titles here (the
 * Strategierat's indicator fields), not those of a questionnaire file, because one table holds
 * checks of several questionnaires and its columns must mean the same in every row.
 */

/** The column title of each dimension, in both languages. */
export const DIMENSION_COLUMN_TITLES: Record<DimensionId, LocalizedText> = {
  bildung: { de: 'Bildungseinrichtungen', en: 'Education institutions' },
  beratung: { de: 'Digitalberatung', en: 'Digital consulting' },
  umsetzung: { de: 'Umsetzungsprojekte', en: 'Implementation projects' },
  reifegrad: { de: 'Digitaler Reifegrad', en: 'Digital maturity' },
  breitband: { de: 'Breitband gewerblich', en: 'Commercial broadband' },
  'breitband-bildung': { de: 'Breitband Bildungseinrichtungen', en: 'Broadband of education institutions' },
  fachkraefte: { de: 'Fachkräftepotenzial', en: 'Skilled-worker potential' },
}

const FIXED_COLUMNS: LocalizedText[] = [
  { de: 'Betrieb', en: 'Business' },
  { de: 'Datum', en: 'Date' },
  { de: 'Fragebogen', en: 'Questionnaire' },
  { de: 'Gesamt', en: 'Overall' },
  { de: 'Stufe', en: 'Level' },
]

const LEVEL_PREFIX: LocalizedText = { de: 'Stufe', en: 'Level' }

/** What the name column says for a check without a company (the business checking itself). */
export const OWN_BUSINESS: LocalizedText = { de: 'eigener Betrieb', en: 'own business' }

/** The header: fixed columns, the seven dimension scores, then the seven dimension levels. */
export function portfolioHeader(locale: Locale): string[] {
  return [
    ...FIXED_COLUMNS.map((title) => title[locale]),
    ...DIMENSION_IDS.map((id) => DIMENSION_COLUMN_TITLES[id][locale]),
    ...DIMENSION_IDS.map((id) => `${LEVEL_PREFIX[locale]} ${DIMENSION_COLUMN_TITLES[id][locale]}`),
  ]
}
