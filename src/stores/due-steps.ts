import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { PlanRecord } from '@/domain/shapes/plan'
import { listPlans } from '@/storage/plans-repository'
import { listCompanies } from '@/storage/companies-repository'
import { onChangeInOtherTab } from '@/storage/change-broadcast'

/** Every stored plan and the businesses' names, for the consultant's list of due steps. */
export const useDueStepsStore = defineStore('due-steps', () => {
  const plans = shallowRef<PlanRecord[]>([])
  const names = shallowRef(new Map<string, string>())
  const loaded = ref(false)

  async function load(): Promise<void> {
    const [stored, companies] = await Promise.all([listPlans(), listCompanies()])
    plans.value = stored
    names.value = new Map(companies.map((company) => [company.id, company.name]))
    loaded.value = true
  }

  /** Reloads when another tab changes a plan, a business or a check, until the returned function is called. */
  function followOtherTabs(onError: (error: unknown) => void): () => void {
    return onChangeInOtherTab((change) => {
      if (change.kind === 'plan-saved' || change.kind.startsWith('company') || change.kind === 'assessment-deleted') void load().catch(onError)
    })
  }

  return { plans, names, loaded, load, followOtherTabs }
})
