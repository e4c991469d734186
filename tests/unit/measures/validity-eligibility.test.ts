import { describe, expect, it } from 'vitest'
import { isIsoDate, validityOn } from '@/domain/measures/validity'
import { employeeRange, isEligible, isInRegion } from '@/domain/measures/eligibility'

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2027-12-31')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('2100-02-29')).toBe(false)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('2026-04-31')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('2026-00-10')).toBe(false)
    expect(isIsoDate('2026-1-01')).toBe(false)
    expect(isIsoDate('31.12.2027')).toBe(false)
    expect(isIsoDate('2027-12-31T00:00')).toBe(false)
  })
})

describe('validityOn', () => {
  const m = { validFrom: '2024-07-01', validUntil: '2027-12-31' }
  it('is open on both boundary days, inclusive', () => {
    expect(validityOn(m, '2024-07-01')).toBe('open')
    expect(validityOn(m, '2027-12-31')).toBe('open')
    expect(validityOn(m, '2024-06-30')).toBe('upcoming')
    expect(validityOn(m, '2028-01-01')).toBe('ended')
  })
  it('treats a missing validUntil as open-ended', () => {
    expect(validityOn({ validFrom: '2020-01-01' }, '2099-12-31')).toBe('open')
  })
})

describe('isInRegion', () => {
  it('matches nationwide measures everywhere, state measures only in their state', () => {
    expect(isInRegion({ regions: ['DE'] }, {})).toBe(true)
    expect(isInRegion({ regions: ['DE-BY'] }, { state: 'DE-BY' })).toBe(true)
    expect(isInRegion({ regions: ['DE-BY'] }, { state: 'DE-NI' })).toBe(false)
    expect(isInRegion({ regions: ['DE-BY', 'DE-NI'] }, { state: 'DE-NI' })).toBe(true)
    expect(isInRegion({ regions: ['DE-BY'] }, {})).toBe(false)
  })
})

describe('isEligible', () => {
  const small = { maxEmployees: 49 }
  it('prefers the exact headcount over the class', () => {
    expect(employeeRange({ headcount: 12, employees: '50-249' })).toEqual({ min: 12, max: 12 })
    expect(isEligible(small, { headcount: 49, employees: '10-49' })).toBe(true)
    expect(isEligible(small, { headcount: 50, employees: '10-49' })).toBe(false)
  })
  it('passes a class only when the whole class lies within the limits', () => {
    expect(isEligible(small, { employees: '10-49' })).toBe(true)
    expect(isEligible(small, { employees: '50-249' })).toBe(false)
    expect(isEligible({ maxEmployees: 99 }, { employees: '50-249' })).toBe(false)
    expect(isEligible({ minEmployees: 3 }, { employees: '1-9' })).toBe(false)
    expect(isEligible({ minEmployees: 3, maxEmployees: 499 }, { employees: '10-49' })).toBe(true)
    expect(isEligible({ minEmployees: 250 }, { employees: '250+' })).toBe(true)
    expect(isEligible({ maxEmployees: 100000 }, { employees: '250+' })).toBe(false)
  })
  it('does not suggest a measure with limits the profile cannot answer', () => {
    expect(isEligible(small, {})).toBe(false)
    expect(isEligible({ turnoverClasses: ['le2m'] }, {})).toBe(false)
    expect(isEligible({ sectors: ['craft'] }, {})).toBe(false)
    expect(isEligible({}, {})).toBe(true)
  })
  it('checks turnover classes and sectors, with craft standing for every hw-* group', () => {
    expect(isEligible({ turnoverClasses: ['le2m', 'le10m'] }, { turnover: 'le10m' })).toBe(true)
    expect(isEligible({ turnoverClasses: ['le2m', 'le10m'] }, { turnover: 'le50m' })).toBe(false)
    expect(isEligible({ sectors: ['craft'] }, { sector: 'hw-kfz' })).toBe(true)
    expect(isEligible({ sectors: ['craft'] }, { sector: 'handel' })).toBe(false)
    expect(isEligible({ sectors: ['handel', 'craft'] }, { sector: 'handel' })).toBe(true)
  })
})
