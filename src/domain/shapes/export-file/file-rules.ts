import { issue, quote, type Issue } from '../../schema/issue'
import type { ExportScope } from './constants'

interface FileRecords {
  scope: ExportScope
  companies: readonly { id: string }[]
  assessments: readonly { id: string; companyId: string | null; status: string }[]
  /** Version 2 on. */
  plans?: readonly { assessmentId: string; companyId: string | null }[]
}

/**
 * Rules across the records of one export file: ids are unique, every check points at a company the
 * file holds, and the file holds what its `scope` says. Shared by the export (which refuses to
 * write a file that breaks them) and the import (which refuses to read one).
 */
export function fileRuleIssues(file: FileRecords): Issue[] {
  const issues = [...duplicateIds(file.companies, '$.companies'), ...duplicateIds(file.assessments, '$.assessments')]
  if (file.scope === 'self-assessment') issues.push(...selfAssessmentIssues(file))
  else issues.push(...companyReferenceIssues(file))
  issues.push(...planIssues(file))
  return issues
}

/** Each plan belongs to a completed check of the file, under the same business, and there is one per check. */
function planIssues(file: FileRecords): Issue[] {
  const issues: Issue[] = []
  const checks = new Map(file.assessments.map((check) => [check.id, check]))
  const first = new Map<string, number>()
  file.plans?.forEach((plan, index) => {
    const path = `$.plans[${index}]`
    const earlier = first.get(plan.assessmentId)
    if (earlier !== undefined) issues.push(issue(`${path}.assessmentId`, 'duplicate', { value: quote(plan.assessmentId), first: `$.plans[${earlier}]` }))
    else first.set(plan.assessmentId, index)
    const check = checks.get(plan.assessmentId)
    if (!check || check.status !== 'completed') issues.push(issue(`${path}.assessmentId`, 'plan-of-missing-check', { check: quote(plan.assessmentId) }))
    else if (check.companyId !== plan.companyId) issues.push(issue(`${path}.companyId`, 'plan-of-missing-check', { check: quote(plan.assessmentId) }))
  })
  return issues
}

function duplicateIds(records: readonly { id: string }[], path: string): Issue[] {
  const firstIndex = new Map<string, number>()
  const issues: Issue[] = []
  records.forEach((record, index) => {
    const first = firstIndex.get(record.id)
    if (first === undefined) firstIndex.set(record.id, index)
    else issues.push(issue(`${path}[${index}].id`, 'duplicate', { value: quote(record.id), first: `${path}[${first}]` }))
  })
  return issues
}

function selfAssessmentIssues(file: FileRecords): Issue[] {
  const issues: Issue[] = []
  if (file.companies.length > 0) issues.push(issue('$.companies', 'self-assessment-has-companies'))
  if (file.assessments.length !== 1) issues.push(issue('$.assessments', 'self-assessment-check-count', { count: file.assessments.length }))
  file.assessments.forEach((assessment, index) => {
    if (assessment.companyId !== null) issues.push(issue(`$.assessments[${index}].companyId`, 'self-assessment-has-company'))
    if (assessment.status !== 'completed') issues.push(issue(`$.assessments[${index}].status`, 'self-assessment-not-completed'))
  })
  return issues
}

function companyReferenceIssues(file: FileRecords): Issue[] {
  const issues: Issue[] = []
  if (file.scope === 'company' && file.companies.length !== 1) {
    issues.push(issue('$.companies', 'company-file-company-count', { count: file.companies.length }))
  }
  const companyIds = new Set(file.companies.map((company) => company.id))
  file.assessments.forEach((assessment, index) => {
    const path = `$.assessments[${index}].companyId`
    if (assessment.companyId === null) {
      if (file.scope === 'company') issues.push(issue(path, 'company-file-check-without-company'))
    } else if (!companyIds.has(assessment.companyId)) {
      issues.push(issue(path, 'check-of-missing-company', { company: quote(assessment.companyId) }))
    }
  })
  return issues
}
