import { COMPANY_VERSION, type CompanyRecord } from '../shapes/company'
import { EMPLOYEE_CLASS_RANGES, type Profile } from '../shapes/profile'

/** What the consultant edits of a company; codes are null when not given. */
export type CompanyFields = Pick<CompanyRecord, 'name' | 'state' | 'sector' | 'employees' | 'contactNotes'>

/** A new company; `id` and `now` come from the caller (the domain has no randomness or clock). */
export function createCompany(fields: CompanyFields, id: string, now: string): CompanyRecord {
  return { schemaVersion: COMPANY_VERSION, id, ...cleaned(fields), createdAt: now, updatedAt: now }
}

/** The company with the edited fields; id and creation time stay. */
export function updateCompany(company: CompanyRecord, fields: CompanyFields, now: string): CompanyRecord {
  return { ...company, ...cleaned(fields), updatedAt: now }
}

function cleaned(fields: CompanyFields): CompanyFields {
  return {
    name: fields.name.trim(),
    state: fields.state,
    sector: fields.sector,
    employees: fields.employees,
    contactNotes: fields.contactNotes.trim(),
  }
}

/**
 * The profile a new check of `company` starts with: state, sector and size from the company (they
 * are what the consultant keeps up to date), everything else from the company's last check. An
 * exact headcount that no longer fits the size class, and a district of a state the business left,
 * are left out, so the profile form does not start with an error the consultant did not make.
 */
export function profileForNewCheck(company: CompanyRecord, lastProfile: Profile = {}): Profile {
  const profile: Profile = { ...lastProfile }
  if (company.state) profile.state = company.state
  if (company.sector) profile.sector = company.sector
  if (company.employees) profile.employees = company.employees
  const range = profile.employees ? EMPLOYEE_CLASS_RANGES[profile.employees] : undefined
  if (profile.headcount !== undefined && range && (profile.headcount < range[0] || profile.headcount > range[1])) {
    delete profile.headcount
  }
  // A business that moved to another state is in none of the old state's districts.
  if (profile.state !== lastProfile.state) {
    delete profile.district
    delete profile.districtName
  }
  return profile
}
