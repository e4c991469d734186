import { DIMENSION_IDS, type DimensionId } from '../indicator-fields'
import type { PlanRecord } from '../shapes/plan'

/** Per field: steps of the plan that serve it (not dropped), and how many of them are done. */
export interface PlanCounts {
  dimension: DimensionId
  planned: number
  done: number
}

/**
 * The plan as counts per field, the only thing of a plan that may leave the device (with the
 * business's consent, in the anonymous payload): never texts, names or dates. Steps without a field
 * and dropped steps do not count.
 */
export function planCounts(plan: PlanRecord): PlanCounts[] {
  return DIMENSION_IDS.flatMap((dimension) => {
    const serving = plan.steps.filter((step) => step.dimension === dimension && step.status !== 'dropped')
    return serving.length === 0 ? [] : [{ dimension, planned: serving.length, done: serving.filter((step) => step.status === 'done').length }]
  })
}
