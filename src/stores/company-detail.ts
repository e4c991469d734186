import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { AppError } from '@/domain/app-error'
import { companyHistory } from '@/domain/companies/company-history'
import { profileForNewCheck } from '@/domain/companies/company-record'
import { countChecksOfCompany } from '@/storage/companies-repository'
import { readExportData } from '@/storage/exchange-repository'
import { useAssessmentStore } from './assessment'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'

/** One company with its checks: the history over time, its drafts, and starting its next check. */
export const useCompanyDetailStore = defineStore('company-detail', () => {
  const company = shallowRef<CompanyRecord | null>(null)
  const checks = shallowRef<AssessmentRecord[]>([])

  const history = computed(() => companyHistory(checks.value))
  const drafts = computed(() =>
    checks.value.filter((check) => check.status === 'draft').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  )

  /** Loads the company and all its checks (one company's checks: few, so whole records are fine). */
  async function load(id: string): Promise<void> {
    if (company.value?.id !== id) {
      company.value = null
      checks.value = []
    }
    // The same consistent read the company's export file is made from.
    const data = await readExportData({ companyId: id })
    company.value = data.companies[0] ?? null
    checks.value = data.assessments
  }

  /** How many checks the company has now (for the delete confirmation). */
  const countChecks = (id: string) => countChecksOfCompany(id)

  /**
   * Starts a new check of the company: state, sector and size from the company, the rest of the
   * profile from its latest check that has one. Returns the new check's id.
   */
  async function startCheck(questionnaireId: string): Promise<string> {
    const current = company.value
    if (!current) throw new AppError('company-not-found')
    const latest = [...checks.value]
      .filter((check) => check.profile.state !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
    return useAssessmentStore().start(questionnaireId, current.id, profileForNewCheck(current, latest?.profile))
  }

  return { company, checks, history, drafts, load, countChecks, startCheck }
})
