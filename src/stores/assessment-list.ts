import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AssessmentRecord, AssessmentSummary } from '@/domain/assessment/types'
import { deleteAssessment, listSummaries, restoreAssessment, type SummaryPageCursor } from '@/storage/assessments-repository'
import { onChangeInOtherTab } from '@/storage/change-broadcast'

const PAGE_SIZE = 50

/** "Meine Checks": the newest checks first, a page at a time, and delete with undo. */
export const useAssessmentListStore = defineStore('assessment-list', () => {
  const items = ref<AssessmentSummary[]>([])
  const next = ref<SummaryPageCursor | null>(null)
  const lastDeleted = ref<AssessmentRecord | null>(null)

  async function load(): Promise<void> {
    const page = await listSummaries({ limit: PAGE_SIZE })
    items.value = page.items
    next.value = page.next
  }

  async function loadMore(): Promise<void> {
    if (!next.value) return
    const page = await listSummaries({ limit: PAGE_SIZE, after: next.value })
    items.value = [...items.value, ...page.items]
    next.value = page.next
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
    await restoreAssessment(lastDeleted.value)
    lastDeleted.value = null
    await load()
  }

  return { items, next, lastDeleted, load, loadMore, remove, undoRemove, followOtherTabs }
})
