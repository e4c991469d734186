import { assessmentShape } from '@/domain/shapes/assessment'
import { companyShape } from '@/domain/shapes/company'
import { reportCorruptRecord, runTransaction } from './transaction'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'

/** What the portfolio table is made of: every company and every completed check. */
export interface PortfolioData {
  companies: CompanyRecord[]
  completed: AssessmentRecord[]
}

/**
 * Every company and every completed check, in one readonly transaction (a consistent snapshot).
 * Drafts are not read at all (`by-status` index): the table has one line per completed check.
 * Damaged records are skipped and reported.
 */
export async function readPortfolioData(): Promise<PortfolioData> {
  return runTransaction(['companies', 'assessments'], 'readonly', async (transaction) => {
    const [companies, completed] = await Promise.all([
      transaction.objectStore('companies').getAll(),
      transaction.objectStore('assessments').index('by-status').getAll('completed'),
    ])
    return {
      companies: valid(companies, companyShape.read, 'companies'),
      completed: valid(completed, assessmentShape.read, 'assessments'),
    }
  })
}

function valid<T>(values: unknown[], parse: (value: unknown) => T | null, store: 'companies' | 'assessments'): T[] {
  const records: T[] = []
  for (const value of values) {
    const record = parse(value)
    if (record) records.push(record)
    else reportCorruptRecord(store, String((value as { id?: unknown }).id))
  }
  return records
}
