import { EMPLOYEE_CLASSES, MAX_HEADCOUNT, ROLE_CODES, STATE_CODES, TURNOVER_CLASSES } from './codes'
import { DISTRICT_CODE, profileSchemaOf, type ProfileOf } from './field-table'
import { refine, type Schema } from '../../schema/kit'
import type { ProfileV1 } from './v1'

/** Sector codes of profile version 2: every Handwerk trade finds its group (docs/interfaces-v2.md §1). */
export const SECTOR_CODES_V2 = [
  'hw-bau', 'hw-ausbau', 'hw-gebaeudetechnik', 'hw-holz', 'hw-metall', 'hw-kfz', 'hw-lebensmittel',
  'hw-gesundheit', 'hw-koerperpflege-reinigung', 'hw-textil-leder', 'hw-sonstige',
  'industrie', 'handel', 'logistik', 'dienstleistung', 'it-kreativ', 'freie-berufe',
  'gesundheit-soziales', 'gastgewerbe', 'landwirtschaft', 'sonstige',
] as const

/** Whether the business pays trade tax (Gewerbesteuer): some programmes are only for those that do. */
export const TRADE_TAX_CODES = ['liable', 'exempt', 'unknown'] as const

/** The first two digits of a Kreis code name its state. */
export const STATE_OF_AGS_PREFIX: Readonly<Record<string, (typeof STATE_CODES)[number]>> = {
  '01': 'DE-SH', '02': 'DE-HH', '03': 'DE-NI', '04': 'DE-HB', '05': 'DE-NW', '06': 'DE-HE', '07': 'DE-RP', '08': 'DE-BW',
  '09': 'DE-BY', '10': 'DE-SL', '11': 'DE-BE', '12': 'DE-BB', '13': 'DE-MV', '14': 'DE-SN', '15': 'DE-ST', '16': 'DE-TH',
}

/**
 * Profile version 2: the district is an official Kreis code from questionnaires/districts.json
 * (never free text); the full-time equivalents and the trade-tax status decide who may apply for
 * some programmes; the sector list names every crafts trade group. `districtName` keeps what a
 * version 1 profile held as free text, to be replaced by a code when the profile is next edited.
 */
export const PROFILE_FIELDS_V2 = {
  state: { kind: 'enum', codes: STATE_CODES, form: 'required' },
  district: { kind: 'district', form: 'optional' },
  districtName: { kind: 'text', max: 200, form: 'hidden' },
  sector: { kind: 'enum', codes: SECTOR_CODES_V2, form: 'required' },
  employees: { kind: 'enum', codes: EMPLOYEE_CLASSES, form: 'required' },
  headcount: { kind: 'integer', min: 0, max: MAX_HEADCOUNT, form: 'optional' },
  fte: { kind: 'decimal', min: 0, max: MAX_HEADCOUNT, step: 0.5, form: 'optional' },
  turnover: { kind: 'enum', codes: TURNOVER_CLASSES, form: 'required' },
  tradeTax: { kind: 'enum', codes: TRADE_TAX_CODES, form: 'optional' },
  apprentices: { kind: 'boolean', form: 'required' },
  role: { kind: 'enum', codes: ROLE_CODES, form: 'optional' },
} as const

export type ProfileV2 = ProfileOf<typeof PROFILE_FIELDS_V2>

/** A district is a Kreis code of the profile's state. */
export const profileSchemaV2: Schema<ProfileV2, false> = refine(profileSchemaOf(PROFILE_FIELDS_V2), (profile, problem, path) => {
  if (profile.district === undefined) return
  if (profile.state !== undefined && STATE_OF_AGS_PREFIX[profile.district.slice(0, 2)] !== profile.state) {
    problem({ parent: path, key: 'district' }, 'district-outside-state', { district: profile.district, state: profile.state })
  }
})

/** Version 1 sector codes that version 2 split; every other code kept its name. */
const SECTOR_V1_TO_V2: Readonly<Record<string, ProfileV2['sector']>> = { 'hw-elektro-metall': 'hw-metall' }

/**
 * Version 1 → 2: the free-text district becomes `districtName` unless it already is a Kreis code of
 * the state; the one split sector code moves to its closest group.
 */
export function upProfile(old: ProfileV1): ProfileV2 {
  const { district, sector, ...rest } = old
  const profile: ProfileV2 = { ...rest }
  if (sector !== undefined) profile.sector = SECTOR_V1_TO_V2[sector] ?? (sector as ProfileV2['sector'])
  const trimmed = district?.trim()
  if (trimmed) {
    const isCode = DISTRICT_CODE.test(trimmed) && STATE_OF_AGS_PREFIX[trimmed.slice(0, 2)] === old.state
    if (isCode) profile.district = trimmed
    else profile.districtName = trimmed
  }
  return profile
}
