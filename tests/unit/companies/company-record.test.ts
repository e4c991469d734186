import { describe, expect, it } from 'vitest'
import { createCompany, profileForNewCheck, updateCompany } from '@/domain/companies/company-record'
import { companyShape } from '@/domain/shapes/company'
import { at, companyRecord } from '../assessment/fixtures'

describe('createCompany and updateCompany', () => {
  it('make valid stored records with trimmed texts; an update keeps id and creation time', () => {
    const created = createCompany({ name: '  Tischlerei Meyer ', state: 'DE-NI', sector: 'hw-bau', employees: '10-49', contactNotes: ' Herr Meyer\n' }, 'c-9', at(0))
    expect(created.schemaVersion).toBe(companyShape.current)
    expect(companyShape.parse(created)).toEqual({ ok: true, value: created })
    expect(created).toMatchObject({ id: 'c-9', name: 'Tischlerei Meyer', contactNotes: 'Herr Meyer', createdAt: at(0), updatedAt: at(0) })
    const updated = updateCompany(created, { ...created, name: 'Tischlerei Meyer GmbH', state: null }, at(5))
    expect(updated).toMatchObject({ id: 'c-9', name: 'Tischlerei Meyer GmbH', state: null, createdAt: at(0), updatedAt: at(5) })
  })
})

describe('profileForNewCheck', () => {
  const last = { state: 'DE-BY', sector: 'handel', employees: '1-9', headcount: 7, fte: 6.5, turnover: 'le2m', tradeTax: 'liable', apprentices: true, role: 'owner' } as const

  it('takes state, sector and size from the company and everything else from the last check', () => {
    const company = companyRecord({ state: 'DE-NI', sector: 'hw-bau', employees: '1-9' })
    expect(profileForNewCheck(company, last)).toEqual({ ...last, state: 'DE-NI', sector: 'hw-bau', employees: '1-9' })
  })

  it('keeps the last check’s district (a Kreis code of the same state)', () => {
    const company = companyRecord({ state: 'DE-NI', sector: 'hw-holz', employees: '1-9' })
    const profile = profileForNewCheck(company, { ...last, state: 'DE-NI', district: '03351' })
    expect(profile).toMatchObject({ state: 'DE-NI', district: '03351', sector: 'hw-holz' })
  })

  it('leaves out an exact headcount that no longer fits the company’s size class', () => {
    const company = companyRecord({ employees: '10-49' })
    const profile = profileForNewCheck(company, last)
    expect(profile.employees).toBe('10-49')
    expect(profile.headcount).toBeUndefined()
    expect(profile.turnover).toBe('le2m')
  })

  it('keeps the last check’s value where the company has none, and starts from the company alone without a last check', () => {
    const company = companyRecord({ state: null, sector: null, employees: null })
    expect(profileForNewCheck(company, last)).toEqual(last)
    expect(profileForNewCheck(companyRecord())).toEqual({ state: 'DE-NI', sector: 'hw-bau', employees: '10-49' })
  })

  it('does not change the last check’s profile', () => {
    const copy = { ...last }
    profileForNewCheck(companyRecord({ employees: '250+' }), copy)
    expect(copy).toEqual(last)
  })
})
