import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isIsoDate } from '@/domain/iso-date'
import { validityOn } from '@/domain/measures/validity'
import { standingOn } from '@/domain/measures/standing'
import { catalogueFreshness } from '@/domain/measures/catalogue-freshness'
import { checkEligibility, employeeRange, regionAnswer } from '@/domain/measures/eligibility'
import { catalogue, measure } from './measure-builder'

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

describe('addDays and daysBetween', () => {
  it('count calendar days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-11-20', '2027-05-19')).toBe(180)
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1)
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

describe('regionAnswer', () => {
  it('matches nationwide measures everywhere, state measures only in their state', () => {
    expect(regionAnswer({ regions: ['DE'] }, {})).toBe('yes')
    expect(regionAnswer({ regions: ['DE-BY'] }, { state: 'DE-BY' })).toBe('yes')
    expect(regionAnswer({ regions: ['DE-BY'] }, { state: 'DE-NI' })).toBe('no')
    expect(regionAnswer({ regions: ['DE-BY', 'DE-NI'] }, { state: 'DE-NI' })).toBe('yes')
    expect(regionAnswer({ regions: ['DE-BY'] }, {})).toBe('unknown')
  })

  it('matches an offer bound to some Kreise only there, and does not know without a district', () => {
    const rosenheim = { regions: ['DE-BY' as const], districts: ['09187'] }
    expect(regionAnswer(rosenheim, { state: 'DE-BY', district: '09187' })).toBe('yes')
    expect(regionAnswer(rosenheim, { state: 'DE-BY', district: '09162' })).toBe('no')
    expect(regionAnswer(rosenheim, { state: 'DE-BY' })).toBe('unknown')
    expect(regionAnswer(rosenheim, { state: 'DE-NI', district: '03241' })).toBe('no')
  })
})

describe('checkEligibility', () => {
  const small = { maxEmployees: 49 }
  const eligible = (eligibility: Parameters<typeof checkEligibility>[0], profile: Parameters<typeof checkEligibility>[1]) => checkEligibility(eligibility, profile).eligible

  it('prefers the exact headcount over the class', () => {
    expect(employeeRange({ headcount: 12, employees: '50-249' })).toEqual({ min: 12, max: 12 })
    expect(employeeRange({ employees: '250+' })).toEqual({ min: 250, max: Infinity })
    expect(eligible(small, { headcount: 49, employees: '10-49' })).toBe('yes')
    expect(eligible(small, { headcount: 50, employees: '10-49' })).toBe('no')
  })

  it('passes a class only when the whole class lies within the limits; one that overlaps them is unknown', () => {
    expect(eligible(small, { employees: '10-49' })).toBe('yes')
    expect(eligible(small, { employees: '50-249' })).toBe('no')
    expect(checkEligibility({ maxEmployees: 99 }, { employees: '50-249' })).toEqual({ eligible: 'unknown', unknown: ['size'] })
    expect(checkEligibility({ minEmployees: 3 }, { employees: '1-9' })).toEqual({ eligible: 'unknown', unknown: ['size'] })
    expect(eligible({ minEmployees: 3, maxEmployees: 499 }, { employees: '10-49' })).toBe('yes')
    expect(eligible({ minEmployees: 250 }, { employees: '250+' })).toBe('yes')
    expect(eligible({ maxEmployees: 100000 }, { employees: '250+' })).toBe('unknown')
  })

  it('never says yes to a limit the profile cannot answer: it is unknown, with the facts named', () => {
    expect(checkEligibility(small, {})).toEqual({ eligible: 'unknown', unknown: ['size'] })
    expect(checkEligibility({ turnoverClasses: ['le2m'] }, {})).toEqual({ eligible: 'unknown', unknown: ['turnover'] })
    expect(checkEligibility({ sectors: ['craft'] }, {})).toEqual({ eligible: 'unknown', unknown: ['sector'] })
    expect(checkEligibility({ tradeTaxLiable: true }, { tradeTax: 'unknown' })).toEqual({ eligible: 'unknown', unknown: ['trade-tax'] })
    expect(checkEligibility({}, {})).toEqual({ eligible: 'yes', unknown: [] })
    // A limit the profile says no to decides, whatever else is unknown.
    expect(checkEligibility({ turnoverClasses: ['le2m'], maxEmployees: 9 }, { employees: '10-49' })).toEqual({ eligible: 'no', unknown: [] })
  })

  it('checks turnover classes and sectors, with craft standing for every hw-* group, also when excluded', () => {
    expect(eligible({ turnoverClasses: ['le2m', 'le10m'] }, { turnover: 'le10m' })).toBe('yes')
    expect(eligible({ turnoverClasses: ['le2m', 'le10m'] }, { turnover: 'le50m' })).toBe('no')
    expect(eligible({ sectors: ['craft'] }, { sector: 'hw-kfz' })).toBe('yes')
    expect(eligible({ sectors: ['craft'] }, { sector: 'hw-gebaeudetechnik' })).toBe('yes')
    expect(eligible({ sectors: ['craft'] }, { sector: 'freie-berufe' })).toBe('no')
    expect(eligible({ sectors: ['craft'] }, { sector: 'handel' })).toBe('no')
    expect(eligible({ sectors: ['handel', 'craft'] }, { sector: 'handel' })).toBe('yes')
    expect(eligible({ excludedSectors: ['landwirtschaft'] }, { sector: 'landwirtschaft' })).toBe('no')
    expect(eligible({ excludedSectors: ['craft'] }, { sector: 'hw-holz' })).toBe('no')
    expect(eligible({ excludedSectors: ['craft'] }, { sector: 'handel' })).toBe('yes')
  })

  it('checks full-time equivalents, answered by a small enough headcount too, and the trade tax', () => {
    expect(eligible({ maxFte: 49.99 }, { fte: 49.5 })).toBe('yes')
    expect(eligible({ maxFte: 49.99 }, { fte: 50 })).toBe('no')
    expect(eligible({ maxFte: 49.99 }, { headcount: 12 })).toBe('yes')
    expect(checkEligibility({ maxFte: 49.99 }, { employees: '50-249' })).toEqual({ eligible: 'unknown', unknown: ['fte'] })
    expect(eligible({ tradeTaxLiable: true }, { tradeTax: 'liable' })).toBe('yes')
    expect(eligible({ tradeTaxLiable: true }, { tradeTax: 'exempt' })).toBe('no')
  })
})

describe('standingOn', () => {
  const base = { validFrom: '2024-07-01', validUntil: '2026-12-31', status: 'verified' as const }
  it('is open only when valid on the day and verified', () => {
    expect(standingOn(base, '2026-11-29')).toBe('open')
    expect(standingOn({ ...base, status: 'unverified' }, '2026-11-29')).toBe('check')
    expect(standingOn(base, '2024-06-30')).toBe('upcoming')
  })
  it('is ended after the end, unless a successor was announced: then it is to be checked with the provider', () => {
    expect(standingOn(base, '2027-01-01')).toBe('ended')
    const successor = { announced: '2026-10-01', note: { de: 'Nachfolge angekündigt', en: 'Successor announced' } }
    expect(standingOn({ ...base, successor }, '2027-01-01')).toBe('check')
  })
})

describe('catalogueFreshness', () => {
  const entries = catalogue([
    measure('fresh', { lastVerified: '2026-11-01' }),
    measure('stale', { lastVerified: '2026-05-01' }),
    measure('ends-soon', { validUntil: '2026-12-31' }),
    measure('ended', { validUntil: '2026-06-30' }),
  ])
  it('warns about entries verified too long ago and entries that end soon, judged on the given day', () => {
    const report = catalogueFreshness(entries, '2026-11-29')
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([
      { path: '$.measures[1].lastVerified', code: 'stale-verification', params: { date: '2026-05-01', days: 212, max: 180 } },
      { path: '$.measures[2].validUntil', code: 'ends-soon', params: { until: '2026-12-31', days: 32 } },
    ])
    expect(catalogueFreshness(entries, '2026-10-01').warnings.map((found) => found.path)).toEqual([])
  })
})
