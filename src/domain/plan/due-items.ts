import type { PlanRecord, PlanStep } from '../shapes/plan'
import { isPending } from './plan-edits'

/** Something a consultant has to act on by a date: a planned step, or a plan's review (Wiedervorlage). */
export type DueItem =
  | { kind: 'step'; date: string; overdue: boolean; plan: PlanRecord; step: PlanStep }
  | { kind: 'review'; date: string; overdue: boolean; plan: PlanRecord }

export interface DueFilter {
  /** Today (`YYYY-MM-DD`); before it is overdue. */
  today: string
  /** Only items due on or before this date; all dated items without it. */
  until?: string
  /** Only this business: a company id, or null for the device's own checks; all without it. */
  companyId?: string | null
}

/**
 * The due and overdue items across businesses, earliest first. Only each business's latest plan
 * counts (per questionnaire): at a follow-up check the consultant carries on what is still to do,
 * and an older plan's leftovers would otherwise nag forever. Done and dropped steps are never due.
 */
export function dueItems(plans: readonly PlanRecord[], filter: DueFilter): DueItem[] {
  const items: DueItem[] = []
  for (const plan of latestPlans(plans)) {
    if (filter.companyId !== undefined && plan.companyId !== filter.companyId) continue
    const fits = (date: string | null): date is string => date !== null && (filter.until === undefined || date <= filter.until)
    if (fits(plan.reviewOn)) items.push({ kind: 'review', date: plan.reviewOn, overdue: plan.reviewOn < filter.today, plan })
    for (const step of plan.steps) {
      if (isPending(step) && fits(step.due)) items.push({ kind: 'step', date: step.due, overdue: step.due < filter.today, plan, step })
    }
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'review' ? -1 : 1))
}

/** The newest plan of each business and questionnaire. */
export function latestPlans(plans: readonly PlanRecord[]): PlanRecord[] {
  const newest = new Map<string, PlanRecord>()
  for (const plan of plans) {
    const key = `${plan.companyId ?? ''}\u0000${plan.questionnaireId}`
    const known = newest.get(key)
    if (!known || plan.createdAt > known.createdAt) newest.set(key, plan)
  }
  return [...newest.values()]
}
