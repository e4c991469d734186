import { STATE_AGS_PREFIX } from './codes.ts'
import type { Payload } from './types.ts'
import { addMonths, monthOf } from '../core/period.ts'

/** A rule the schema cannot express, broken by a payload: where and which. */
export interface PayloadProblem {
  path: string
  rule: 'district-state' | 'duplicate-dimension' | 'duplicate-question' | 'duplicate-plan-dimension' | 'done-above-planned' | 'month-in-future'
}

/**
 * Checks what the JSON Schema cannot: the district lies in the state, each dimension, context
 * question and plan dimension appears once, done ≤ planned, and the month is not in the future
 * (one month of slack for clocks and time zones at a month's end). Returns the problems found.
 */
export function payloadProblems(payload: Payload, now: Date): PayloadProblem[] {
  const problems: PayloadProblem[] = []
  // v1 districts are free text that the collector drops (see normalize.ts), so only v2 is checked.
  if (payload.payloadVersion === 2 && payload.district !== undefined && payload.district.slice(0, 2) !== STATE_AGS_PREFIX[payload.state]) {
    problems.push({ path: '/district', rule: 'district-state' })
  }
  findRepeats(payload.dimensions.map((entry) => entry.dimension)).forEach((index) => problems.push({ path: `/dimensions/${index}`, rule: 'duplicate-dimension' }))
  if (payload.payloadVersion === 2) {
    findRepeats((payload.context ?? []).map((entry) => entry.question)).forEach((index) => problems.push({ path: `/context/${index}`, rule: 'duplicate-question' }))
    const plan = payload.plan ?? []
    findRepeats(plan.map((entry) => entry.dimension)).forEach((index) => problems.push({ path: `/plan/${index}`, rule: 'duplicate-plan-dimension' }))
    plan.forEach((entry, index) => {
      if (entry.done > entry.planned) problems.push({ path: `/plan/${index}`, rule: 'done-above-planned' })
    })
  }
  if (payload.month > addMonths(monthOf(now), 1)) problems.push({ path: '/month', rule: 'month-in-future' })
  return problems
}

function findRepeats(values: string[]): number[] {
  const seen = new Set<string>()
  const repeats: number[] = []
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index)
    seen.add(value)
  })
  return repeats
}
