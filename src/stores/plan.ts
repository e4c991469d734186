import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { newPlan } from '@/domain/plan/plan-edits'
import { planCounts } from '@/domain/plan/plan-counts'
import type { PlanRecord } from '@/domain/shapes/plan'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import { getPlan, listPlans, savePlan } from '@/storage/plans-repository'
import { latestPlans } from '@/domain/plan/due-items'
import { onChangeInOtherTab } from '@/storage/change-broadcast'
import { useSavedWrites } from './saved-writes'

const nowIso = () => new Date().toISOString()

/** An edit of the plan (domain/plan/plan-edits.ts), given the plan and the time. */
export type PlanEdit = (plan: PlanRecord, now: string) => PlanRecord

/**
 * The Maßnahmenplan of the check on the results page, and the plan of the business's check before
 * it (for the follow-up). Every edit shows at once and is written like an answer, as soon as the
 * write before it is done. Each write
 * says which stored version it was edited from, so another tab's edit is never silently undone.
 */
export const usePlanStore = defineStore('plan', () => {
  const plan = shallowRef<PlanRecord | null>(null)
  const earlier = shallowRef<PlanRecord | null>(null)
  let record: AssessmentRecord | null = null
  /** `updatedAt` of the stored version the shown plan was edited from (null: none stored yet). */
  let storedAt: string | null = null

  const { writer, saveState, saveError } = useSavedWrites<PlanRecord>(async (_key, value) => {
    if (!value) return
    const stored = await savePlan(value, storedAt)
    storedAt = stored.updatedAt
  })

  if (typeof window !== 'undefined') {
    // Another tab saved this plan: show its version unless something typed here is still waiting.
    onChangeInOtherTab((change) => {
      if (change.kind === 'plan-saved' && change.id === plan.value?.assessmentId && !writer.hasPending()) void reload().catch(() => undefined)
    })
  }

  /** Loads the plan of a completed check and, when given, the plan of the business's check before it. */
  async function load(check: AssessmentRecord, previous: AssessmentRecord | null): Promise<void> {
    await writer.flush()
    record = check
    const [own, before] = await Promise.all([getPlan(check.id), previous ? getPlan(previous.id) : Promise.resolve(null)])
    plan.value = own
    storedAt = own?.updatedAt ?? null
    earlier.value = before
  }

  async function reload(): Promise<void> {
    if (!record) return
    const own = await getPlan(record.id)
    plan.value = own
    storedAt = own?.updatedAt ?? null
    saveState.value = 'idle'
    saveError.value = null
  }

  /** Applies an edit (creating the plan on the first one) and writes it. */
  function edit(change: PlanEdit): void {
    if (!record || record.status !== 'completed') return
    const now = nowIso()
    const base = plan.value ?? newPlan(record, now)
    const next = change(base, now)
    if (next === base) return
    plan.value = next
    saveState.value = 'saving'
    void writer.set('plan', next)
  }

  const counts = computed(() => (plan.value ? planCounts(plan.value) : []))

  return { plan, earlier, saveState, saveError, counts, load, reload, edit, flush: writer.flush }
})

/**
 * The newest plan of a business (company id, or null for the device's own checks) for a
 * questionnaire, other than the plan of `exceptCheck`: what session mode shows while the next check
 * is answered. Null when there is none.
 */
export async function latestPlanOf(companyId: string | null, questionnaireId: string, exceptCheck: string): Promise<PlanRecord | null> {
  const candidates = (await listPlans()).filter((plan) => plan.companyId === companyId && plan.questionnaireId === questionnaireId && plan.assessmentId !== exceptCheck)
  return latestPlans(candidates)[0] ?? null
}
