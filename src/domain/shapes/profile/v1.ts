import { EMPLOYEE_CLASSES, MAX_HEADCOUNT, ROLE_CODES, STATE_CODES, TURNOVER_CLASSES } from './codes'
import { profileSchemaOf, type ProfileOf } from './field-table'

/** Sector codes of profile version 1 (the chambers' broad groups). */
export const SECTOR_CODES_V1 = [
  'hw-bau', 'hw-elektro-metall', 'hw-kfz', 'hw-lebensmittel', 'hw-gesundheit',
  'hw-koerperpflege-reinigung', 'hw-sonstige',
  'industrie', 'handel', 'dienstleistung', 'it-kreativ', 'gastgewerbe', 'sonstige',
] as const

/** Profile version 1, as released: the district is free text. Never edit; add a new version. */
export const PROFILE_FIELDS_V1 = {
  state: { kind: 'enum', codes: STATE_CODES, form: 'required' },
  district: { kind: 'text', max: 200, form: 'optional' },
  sector: { kind: 'enum', codes: SECTOR_CODES_V1, form: 'required' },
  employees: { kind: 'enum', codes: EMPLOYEE_CLASSES, form: 'required' },
  headcount: { kind: 'integer', min: 0, max: MAX_HEADCOUNT, form: 'optional' },
  turnover: { kind: 'enum', codes: TURNOVER_CLASSES, form: 'required' },
  apprentices: { kind: 'boolean', form: 'required' },
  role: { kind: 'enum', codes: ROLE_CODES, form: 'optional' },
} as const

export type ProfileV1 = ProfileOf<typeof PROFILE_FIELDS_V1>

export const profileSchemaV1 = profileSchemaOf(PROFILE_FIELDS_V1)
