import { issue, type ValidationIssue } from '../validation-issue'
import type { ExportFile } from './export-file'

/**
 * Rules across the records of one export file: ids are unique, every check points at a company the
 * file holds, and the file holds what its `scope` says. Shared by `buildExport` (which refuses to
 * write a file that breaks them) and the import (which refuses to read one).
 */
export function fileIssues(file: Pick<ExportFile, 'scope' | 'companies' | 'assessments'>): ValidationIssue[] {
  const issues = [
    ...duplicateIssues(file.companies, '$.companies', { de: 'Betriebs-ID', en: 'business id' }),
    ...duplicateIssues(file.assessments, '$.assessments', { de: 'Check-ID', en: 'check id' }),
  ]
  if (file.scope === 'self-assessment') issues.push(...selfAssessmentIssues(file))
  else issues.push(...companyReferenceIssues(file))
  return issues
}

function duplicateIssues(records: readonly { id: string }[], path: string, what: { de: string; en: string }): ValidationIssue[] {
  const firstIndex = new Map<string, number>()
  const issues: ValidationIssue[] = []
  records.forEach((record, index) => {
    const first = firstIndex.get(record.id)
    if (first === undefined) firstIndex.set(record.id, index)
    else {
      issues.push(
        issue(
          `${path}[${index}].id`,
          `Die ${what.de} „${record.id}“ kommt doppelt vor (schon bei ${path}[${first}])`,
          `The ${what.en} “${record.id}” occurs twice (already at ${path}[${first}])`,
        ),
      )
    }
  })
  return issues
}

function selfAssessmentIssues(file: Pick<ExportFile, 'companies' | 'assessments'>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (file.companies.length > 0) {
    issues.push(issue('$.companies', 'Eine Selbsteinschätzung enthält keine Betriebe', 'A self-assessment contains no businesses'))
  }
  if (file.assessments.length !== 1) {
    issues.push(
      issue(
        '$.assessments',
        `Eine Selbsteinschätzung enthält genau einen Check, diese Datei ${file.assessments.length}`,
        `A self-assessment contains exactly one check, this file ${file.assessments.length}`,
      ),
    )
  }
  file.assessments.forEach((assessment, index) => {
    if (assessment.companyId !== null) {
      issues.push(
        issue(`$.assessments[${index}].companyId`, 'Eine Selbsteinschätzung gehört zu keinem Betrieb (null)', 'A self-assessment belongs to no business (null)'),
      )
    }
    if (assessment.status !== 'completed') {
      issues.push(
        issue(`$.assessments[${index}].status`, 'Eine Selbsteinschätzung ist ein abgeschlossener Check', 'A self-assessment is a completed check'),
      )
    }
  })
  return issues
}

function companyReferenceIssues(file: Pick<ExportFile, 'scope' | 'companies' | 'assessments'>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (file.scope === 'company' && file.companies.length !== 1) {
    issues.push(
      issue(
        '$.companies',
        `Die Datei eines Betriebs enthält genau einen Betrieb, diese Datei ${file.companies.length}`,
        `The file of one business contains exactly one business, this file ${file.companies.length}`,
      ),
    )
  }
  const companyIds = new Set(file.companies.map((company) => company.id))
  file.assessments.forEach((assessment, index) => {
    const path = `$.assessments[${index}].companyId`
    if (assessment.companyId === null) {
      if (file.scope === 'company') {
        issues.push(issue(path, 'Der Check gehört zu keinem Betrieb, die Datei ist aber die eines Betriebs', 'The check belongs to no business, but the file is that of one business'))
      }
    } else if (!companyIds.has(assessment.companyId)) {
      issues.push(
        issue(
          path,
          `Der Check gehört zum Betrieb „${assessment.companyId}“, der nicht in der Datei ist`,
          `The check belongs to business “${assessment.companyId}”, which is not in the file`,
        ),
      )
    }
  })
  return issues
}
