import { planSchema, planShape, type PlanRecord } from '@/domain/shapes/plan'
import { assessmentShape } from '@/domain/shapes/assessment'
import { StorageError } from './errors'
import { reportCorruptRecord, runTransaction } from './transaction'
import { validatedForWrite } from './validated-write'
import { announceChange } from './change-broadcast'
import { markDataStored } from './data-marker'

/**
 * Maßnahmenpläne, one per completed check (keyed by the check's id). A plan changes long after its
 * check was completed and may be open in two tabs at once, so every save says which stored version
 * it was edited from: a save over a version it has not seen is refused (`plan-changed-elsewhere`)
 * instead of silently undoing the other tab's edit.
 */

/** The plan of a check, validated; null when there is none or it is damaged (then also reported). */
export async function getPlan(assessmentId: string): Promise<PlanRecord | null> {
  return runTransaction(['plans'], 'readonly', async (transaction) => {
    const stored = await transaction.objectStore('plans').get(assessmentId)
    if (stored === undefined) return null
    const plan = planShape.read(stored)
    if (!plan) reportCorruptRecord('plans', assessmentId)
    return plan
  })
}

/**
 * Stores a plan edited from the stored version `basedOn` (its `updatedAt`; null for a new plan).
 * The check must exist, be completed and belong to the plan's business. Returns the stored copy.
 */
export async function savePlan(plan: PlanRecord, basedOn: string | null): Promise<PlanRecord> {
  const valid = validatedForWrite(plan, planSchema, `plan of ${String(plan.assessmentId)}`)
  await runTransaction(['plans', 'assessments'], 'readwrite', async (transaction) => {
    const stored = await transaction.objectStore('assessments').get(valid.assessmentId)
    const check = stored === undefined ? null : assessmentShape.read(stored)
    if (!check) throw new StorageError('check-not-found', `No check ${valid.assessmentId}`)
    // A plan belongs to a completed check and to its business; anything else could not be exported.
    if (check.status !== 'completed' || check.companyId !== valid.companyId || check.questionnaireId !== valid.questionnaireId) {
      throw new StorageError('invalid', `The plan does not fit check ${valid.assessmentId}`)
    }
    const store = transaction.objectStore('plans')
    const storedPlan = await store.get(valid.assessmentId)
    const storedAt = storedPlan === undefined ? null : (planShape.read(storedPlan)?.updatedAt ?? null)
    if (storedAt !== basedOn) throw new StorageError('plan-changed-elsewhere', `Plan of ${valid.assessmentId} is at ${String(storedAt)}, not ${String(basedOn)}`)
    await store.put(valid)
  })
  markDataStored()
  announceChange({ kind: 'plan-saved', id: valid.assessmentId })
  return valid
}

/** Every stored plan that can be read (damaged ones are reported and left out). */
export async function listPlans(): Promise<PlanRecord[]> {
  const stored = await runTransaction(['plans'], 'readonly', (transaction) => transaction.objectStore('plans').getAll())
  const plans: PlanRecord[] = []
  for (const value of stored) {
    const plan = planShape.read(value)
    if (plan) plans.push(plan)
    else reportCorruptRecord('plans', String((value as { assessmentId?: unknown }).assessmentId))
  }
  return plans
}

/** The plans of the given checks that exist, by check id (for exports). */
export async function plansOfChecks(assessmentIds: readonly string[]): Promise<PlanRecord[]> {
  return runTransaction(['plans'], 'readonly', async (transaction) => {
    const store = transaction.objectStore('plans')
    const found = await Promise.all(assessmentIds.map((id) => store.get(id)))
    return found.flatMap((value) => {
      const plan = value === undefined ? null : planShape.read(value)
      return plan ? [plan] : []
    })
  })
}
