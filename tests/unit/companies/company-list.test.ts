import { describe, expect, it } from 'vitest'
import { emptyCompanyQuery, queryCompanies, type CompanyListEntry, type CompanyQuery } from '@/domain/companies/company-list'
import { companyRecord } from '../assessment/fixtures'
import type { AssessmentSummary } from '@/domain/assessment/assessment-summary'
import type { LevelNumber } from '@/domain/indicator-fields'

function lastCheck(completedAt: string, level: LevelNumber, score = level * 20 - 5): AssessmentSummary {
  return {
    id: `a-${completedAt}`,
    questionnaireId: 'q',
    questionnaireVersion: '1.0.0',
    companyId: 'x',
    status: 'completed',
    createdAt: completedAt,
    updatedAt: completedAt,
    completedAt,
    overallScore: score,
    overallLevel: level,
  }
}

const entries: CompanyListEntry[] = [
  { company: companyRecord({ id: '1', name: 'Zimmerei Zorn', state: 'DE-BY', sector: 'hw-bau', employees: '1-9' }), lastCheck: lastCheck('2025-03-01T10:00:00.000Z', 2) },
  { company: companyRecord({ id: '2', name: 'Ärztehaus Ahlen', state: 'DE-NI', sector: 'hw-gesundheit', employees: '10-49' }), lastCheck: null },
  { company: companyRecord({ id: '3', name: 'Bäckerei Brandt', state: 'DE-NI', sector: 'hw-lebensmittel', employees: '10-49' }), lastCheck: lastCheck('2025-01-10T10:00:00.000Z', 4) },
  { company: companyRecord({ id: '4', name: 'Autohaus 10', state: null, sector: null, employees: null }), lastCheck: lastCheck('2025-02-01T23:30:00.000Z', 2) },
  { company: companyRecord({ id: '5', name: 'Autohaus 9', state: 'DE-NI', sector: 'hw-kfz', employees: '50-249' }), lastCheck: lastCheck('2025-01-10T10:00:00.000Z', 3) },
]

const names = (query: Partial<CompanyQuery>, options = {}) =>
  queryCompanies(entries, { ...emptyCompanyQuery(), ...query }, options).map((entry) => entry.company.name)

describe('queryCompanies', () => {
  it('sorts by name the way a German reader expects (Ä with A, 9 before 10), and in reverse', () => {
    expect(names({})).toEqual(['Ärztehaus Ahlen', 'Autohaus 9', 'Autohaus 10', 'Bäckerei Brandt', 'Zimmerei Zorn'])
    expect(names({ sort: 'name-desc' })).toEqual(['Zimmerei Zorn', 'Bäckerei Brandt', 'Autohaus 10', 'Autohaus 9', 'Ärztehaus Ahlen'])
  })

  it('sorts by the latest check: newest first with unchecked last, oldest first with unchecked first; equal dates by name', () => {
    expect(names({ sort: 'last-new' })).toEqual(['Zimmerei Zorn', 'Autohaus 10', 'Autohaus 9', 'Bäckerei Brandt', 'Ärztehaus Ahlen'])
    expect(names({ sort: 'last-old' })).toEqual(['Ärztehaus Ahlen', 'Autohaus 9', 'Bäckerei Brandt', 'Autohaus 10', 'Zimmerei Zorn'])
  })

  it('finds names by a part of them, ignoring case and accents', () => {
    expect(names({ search: 'backerei' })).toEqual(['Bäckerei Brandt'])
    expect(names({ search: ' ARZT ' })).toEqual(['Ärztehaus Ahlen'])
    expect(names({ search: 'haus' })).toEqual(['Ärztehaus Ahlen', 'Autohaus 9', 'Autohaus 10'])
  })

  it('filters by state, sector and size; a company without the field never matches a filter on it', () => {
    expect(names({ state: 'DE-NI' })).toEqual(['Ärztehaus Ahlen', 'Autohaus 9', 'Bäckerei Brandt'])
    expect(names({ state: 'DE-NI', employees: '10-49' })).toEqual(['Ärztehaus Ahlen', 'Bäckerei Brandt'])
    expect(names({ sector: 'hw-kfz' })).toEqual(['Autohaus 9'])
  })

  it('filters by the level of the latest check, or by having none', () => {
    expect(names({ level: '2' })).toEqual(['Autohaus 10', 'Zimmerei Zorn'])
    expect(names({ level: 'none' })).toEqual(['Ärztehaus Ahlen'])
  })

  it('filters by the date of the latest check, both ends included, in the given time zone', () => {
    expect(names({ from: '2025-01-10', to: '2025-02-01' })).toEqual(['Autohaus 9', 'Autohaus 10', 'Bäckerei Brandt'])
    expect(names({ from: '2025-02-02' })).toEqual(['Zimmerei Zorn'])
    // 23:30 UTC on 1 February is already 2 February in Berlin.
    const berlin = { dateOf: (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }) }
    expect(names({ from: '2025-02-02' }, berlin)).toEqual(['Autohaus 10', 'Zimmerei Zorn'])
  })

  it('does not change the list it is given', () => {
    const before = entries.map((entry) => entry.company.id)
    names({ sort: 'name-desc' })
    expect(entries.map((entry) => entry.company.id)).toEqual(before)
  })
})
