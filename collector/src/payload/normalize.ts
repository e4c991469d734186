import { sectorGroupOf } from './codes.ts'
import { canonicalHash } from './canonical-hash.ts'
import type { Payload, StoredSubmission } from './types.ts'
import { monthOf } from '../core/period.ts'

/**
 * Turns a checked payload into the row the collector stores. A v1 sector code becomes its sector
 * group (docs/interfaces-v2.md §1). A v1 `district` is free text, which the collector never stores
 * (it cannot be grouped and might name someone); the hash still covers it, so a retry with other
 * text is a key conflict. The only time kept is the payload's month and the month of receipt.
 */
export function toStoredSubmission(payload: Payload, now: Date): StoredSubmission {
  const common = {
    key: payload.key,
    payloadHash: canonicalHash(payload),
    questionnaire: payload.questionnaire,
    month: payload.month,
    receivedMonth: monthOf(now),
    state: payload.state,
    employees: payload.employees,
    overall: { score: payload.overall.score, level: payload.overall.level },
    dimensions: Object.fromEntries(payload.dimensions.map((entry) => [entry.dimension, { score: entry.score, level: entry.level }])),
  }
  if (payload.payloadVersion === 1) {
    const sectorGroup = sectorGroupOf(payload.sector)
    if (!sectorGroup) throw new Error(`v1 sector without a group: ${payload.sector}`)
    return { ...common, payloadVersion: 1, district: null, campaign: null, sectorGroup, context: {}, plan: {} }
  }
  return {
    ...common,
    payloadVersion: 2,
    district: payload.district ?? null,
    campaign: payload.campaign ?? null,
    sectorGroup: payload.sectorGroup,
    context: Object.fromEntries((payload.context ?? []).map((entry) => [entry.question, entry.answer])),
    plan: Object.fromEntries((payload.plan ?? []).map((entry) => [entry.dimension, { planned: entry.planned, done: entry.done }])),
  }
}
