import { portfolioCsv, type PortfolioRow, type PortfolioWords } from '@/domain/exchange/portfolio-csv'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { readPortfolioData } from '@/storage/portfolio-data'
import { localDate, type TextFile } from './exchange-files'

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** Loads one questionnaire version (for its level names); null when it cannot be loaded. */
export type QuestionnaireLoader = (id: string, version: string) => Promise<Questionnaire | null>

/**
 * The portfolio table (CSV) for reporting: one line per completed check, by company name (the
 * business's own checks last), each company's checks oldest first. Level names come from each
 * check's own questionnaire version; `words` from the i18n messages (the store holds no words).
 * Named `reifegrad-portfolio-YYYY-MM-DD.csv`.
 */
export async function portfolioFile(words: PortfolioWords, load: QuestionnaireLoader, now = new Date()): Promise<TextFile> {
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
  const versions = [...new Set(completed.map((check) => `${check.questionnaireId}@${check.questionnaireVersion}`))]
  const loaded = await Promise.all(versions.map((key) => load(...(key.split('@') as [string, string]))))
  const questionnaires = new Map(loaded.flatMap((questionnaire, index) => (questionnaire ? [[versions[index]!, questionnaire] as const] : [])))
  return { text: portfolioCsv(rows, questionnaires, words), fileName: `reifegrad-portfolio-${localDate(now)}.csv`, type: 'text/csv;charset=utf-8' }
}
