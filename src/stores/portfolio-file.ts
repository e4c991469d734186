import { portfolioCsv, type PortfolioRow } from '@/domain/exchange/portfolio-csv'
import type { Locale, Questionnaire } from '@/domain/questionnaire/types'
import { readPortfolioData } from '@/storage/portfolio-data'
import { localDate, type TextFile } from './exchange-files'

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/**
 * The portfolio table (CSV) for reporting: one line per completed check, by company name (the
 * business's own checks last), each company's checks oldest first. `questionnaires` by
 * `id@version` give the level names. Named `reifegrad-portfolio-YYYY-MM-DD.csv`.
 */
export async function portfolioFile(questionnaires: ReadonlyMap<string, Questionnaire>, locale: Locale, now = new Date()): Promise<TextFile> {
  const { companies, completed } = await readPortfolioData()
  const companyById = new Map(companies.map((company) => [company.id, company]))
  const rows: PortfolioRow[] = completed.map((assessment) => ({
    company: assessment.companyId === null ? null : (companyById.get(assessment.companyId) ?? null),
    assessment,
  }))
  rows.sort((a, b) => {
    if ((a.company === null) !== (b.company === null)) return a.company === null ? 1 : -1
    const byCompany = a.company && b.company ? byName.compare(a.company.name, b.company.name) || a.company.id.localeCompare(b.company.id) : 0
    return byCompany || (a.assessment.completedAt ?? '').localeCompare(b.assessment.completedAt ?? '')
  })
  return { text: portfolioCsv(rows, questionnaires, locale), fileName: `reifegrad-portfolio-${localDate(now)}.csv`, type: 'text/csv;charset=utf-8' }
}
