import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { listSummaries, type SummaryPageCursor } from '@/storage/assessments-repository'
import { deleteAssessment, restoreAssessment, type DeletedCheck } from '@/storage/assessment-removal'
import { onChangeInOtherTab } from '@/storage/change-broadcast'
import { getCompany } from '@/storage/companies-repository'
import type { AssessmentSummary } from '@/domain/assessment/assessment-summary'

const PAGE_SIZE = 50

/** "Meine Checks": the newest checks first, a page at a time, and delete with undo. */
export const useAssessmentListStore = defineStore('assessment-list', () => {
  const items = ref<AssessmentSummary[]>([])
  const next = ref<SummaryPageCursor | null>(null)
  const lastDeleted = shallowRef<DeletedCheck | null>(null)
  /** Names of the client businesses the listed checks belong to (consultant mode). */
  const companyNames = ref<Record<string, string>>({})

  async function load(): Promise<void> {
    const page = await listSummaries({ limit: PAGE_SIZE })
    items.value = page.items
    next.value = page.next
    await loadCompanyNames(page.items)
  }

  async function loadMore(): Promise<void> {
    if (!next.value) return
    const page = await listSummaries({ limit: PAGE_SIZE, after: next.value })
    items.value = [...items.value, ...page.items]
    next.value = page.next
    await loadCompanyNames(page.items)
  }

  // Only the companies of the shown page are read, so the list stays fast with many checks.
  async function loadCompanyNames(page: AssessmentSummary[]): Promise<void> {
    const missing = [...new Set(page.flatMap((item) => (item.companyId && !(item.companyId in companyNames.value) ? [item.companyId] : [])))]
    const companies = await Promise.all(missing.map((id) => getCompany(id)))
    const names = { ...companyNames.value }
    companies.forEach((company, index) => {
      names[missing[index]!] = company?.name ?? ''
    })
    companyNames.value = names
  }

  /** Deletes a check and keeps it in memory so the user can undo. */
  async function remove(id: string): Promise<void> {
    lastDeleted.value = await deleteAssessment(id)
    items.value = items.value.filter((item) => item.id !== id)
  }

  /**
   * Reloads the list whenever another tab changes a check, until the returned function is called.
   * Changes arriving during a reload lead to one more reload, not one per change.
   */
  function followOtherTabs(onError: (error: unknown) => void): () => void {
    let running: Promise<void> | null = null
    let again = false
    const refresh = async (): Promise<void> => {
      if (running) {
        again = true
        return
      }
      running = load().catch(onError)
      await running
      running = null
      if (again) {
        again = false
        await refresh()
      }
    }
    return onChangeInOtherTab(() => void refresh())
  }

  async function undoRemove(): Promise<void> {
    if (!lastDeleted.value) return
    await restoreAssessment(lastDeleted.value.record, lastDeleted.value.plan)
    lastDeleted.value = null
    await load()
  }

  return { items, next, lastDeleted, companyNames, load, loadMore, remove, undoRemove, followOtherTabs }
})
