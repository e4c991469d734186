import type { LocalizedText } from '../questionnaire/types'

/**
 * The standard company profile shared by every questionnaire. It is fixed in code (not in the
 * questionnaire files) because measures matching and the anonymous payload depend on these codes.
 */

export interface ProfileOption<T extends string = string> {
  code: T
  label: LocalizedText
}

export const STATE_CODES = [
  'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV',
  'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH',
] as const
export type StateCode = (typeof STATE_CODES)[number]

export const STATES: ProfileOption<StateCode>[] = [
  { code: 'DE-BW', label: { de: 'Baden-Württemberg', en: 'Baden-Württemberg' } },
  { code: 'DE-BY', label: { de: 'Bayern', en: 'Bavaria' } },
  { code: 'DE-BE', label: { de: 'Berlin', en: 'Berlin' } },
  { code: 'DE-BB', label: { de: 'Brandenburg', en: 'Brandenburg' } },
  { code: 'DE-HB', label: { de: 'Bremen', en: 'Bremen' } },
  { code: 'DE-HH', label: { de: 'Hamburg', en: 'Hamburg' } },
  { code: 'DE-HE', label: { de: 'Hessen', en: 'Hesse' } },
  { code: 'DE-MV', label: { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' } },
  { code: 'DE-NI', label: { de: 'Niedersachsen', en: 'Lower Saxony' } },
  { code: 'DE-NW', label: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' } },
  { code: 'DE-RP', label: { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' } },
  { code: 'DE-SL', label: { de: 'Saarland', en: 'Saarland' } },
  { code: 'DE-SN', label: { de: 'Sachsen', en: 'Saxony' } },
  { code: 'DE-ST', label: { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' } },
  { code: 'DE-SH', label: { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' } },
  { code: 'DE-TH', label: { de: 'Thüringen', en: 'Thuringia' } },
]

export const SECTOR_CODES = [
  'hw-bau', 'hw-elektro-metall', 'hw-kfz', 'hw-lebensmittel', 'hw-gesundheit',
  'hw-koerperpflege-reinigung', 'hw-sonstige',
  'industrie', 'handel', 'dienstleistung', 'it-kreativ', 'gastgewerbe', 'sonstige',
] as const
export type SectorCode = (typeof SECTOR_CODES)[number]

/** Crafts (Handwerk) sector groups start with `hw-`, following the chambers' usual groups. */
export function isCraftSector(code: string): boolean {
  return code.startsWith('hw-')
}

export const SECTORS: ProfileOption<SectorCode>[] = [
  { code: 'hw-bau', label: { de: 'Handwerk: Bau und Ausbau', en: 'Crafts: construction and finishing' } },
  { code: 'hw-elektro-metall', label: { de: 'Handwerk: Elektro und Metall', en: 'Crafts: electrical and metal' } },
  { code: 'hw-kfz', label: { de: 'Handwerk: Kraftfahrzeuge', en: 'Crafts: motor vehicles' } },
  { code: 'hw-lebensmittel', label: { de: 'Handwerk: Lebensmittel', en: 'Crafts: food' } },
  { code: 'hw-gesundheit', label: { de: 'Handwerk: Gesundheit', en: 'Crafts: health' } },
  { code: 'hw-koerperpflege-reinigung', label: { de: 'Handwerk: Körperpflege und Reinigung', en: 'Crafts: personal care and cleaning' } },
  { code: 'hw-sonstige', label: { de: 'Handwerk: Glas, Papier, Keramik und sonstige', en: 'Crafts: glass, paper, ceramics and other' } },
  { code: 'industrie', label: { de: 'Industrie und Produktion', en: 'Industry and manufacturing' } },
  { code: 'handel', label: { de: 'Handel', en: 'Trade and retail' } },
  { code: 'dienstleistung', label: { de: 'Dienstleistung', en: 'Services' } },
  { code: 'it-kreativ', label: { de: 'IT und Kreativwirtschaft', en: 'IT and creative industries' } },
  { code: 'gastgewerbe', label: { de: 'Gastgewerbe und Tourismus', en: 'Hospitality and tourism' } },
  { code: 'sonstige', label: { de: 'Sonstige Branche', en: 'Other sector' } },
]

export const EMPLOYEE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const
export type EmployeeClass = (typeof EMPLOYEE_CLASSES)[number]

/** Headcount range of each employee class, both ends included. */
export const EMPLOYEE_CLASS_RANGES: Record<EmployeeClass, readonly [number, number]> = {
  '1-9': [1, 9],
  '10-49': [10, 49],
  '50-249': [50, 249],
  '250+': [250, Number.MAX_SAFE_INTEGER],
}

export const EMPLOYEES: ProfileOption<EmployeeClass>[] = [
  { code: '1-9', label: { de: '1 bis 9 Beschäftigte', en: '1 to 9 employees' } },
  { code: '10-49', label: { de: '10 bis 49 Beschäftigte', en: '10 to 49 employees' } },
  { code: '50-249', label: { de: '50 bis 249 Beschäftigte', en: '50 to 249 employees' } },
  { code: '250+', label: { de: '250 und mehr Beschäftigte', en: '250 or more employees' } },
]

export const TURNOVER_CLASSES = ['le2m', 'le10m', 'le50m', 'gt50m'] as const
export type TurnoverClass = (typeof TURNOVER_CLASSES)[number]

export const TURNOVERS: ProfileOption<TurnoverClass>[] = [
  { code: 'le2m', label: { de: 'bis 2 Mio. EUR', en: 'up to EUR 2 million' } },
  { code: 'le10m', label: { de: 'über 2 bis 10 Mio. EUR', en: 'over EUR 2 to 10 million' } },
  { code: 'le50m', label: { de: 'über 10 bis 50 Mio. EUR', en: 'over EUR 10 to 50 million' } },
  { code: 'gt50m', label: { de: 'über 50 Mio. EUR', en: 'over EUR 50 million' } },
]

export const ROLE_CODES = ['owner', 'management', 'employee', 'consultant', 'other'] as const
export type RoleCode = (typeof ROLE_CODES)[number]

export const ROLES: ProfileOption<RoleCode>[] = [
  { code: 'owner', label: { de: 'Inhaberin oder Inhaber', en: 'Owner' } },
  { code: 'management', label: { de: 'Geschäftsführung oder Leitung', en: 'Managing director or manager' } },
  { code: 'employee', label: { de: 'Beschäftigte oder Beschäftigter (z. B. IT, Organisation)', en: 'Employee (e.g. IT, organisation)' } },
  { code: 'consultant', label: { de: 'Beraterin oder Berater mit dem Betrieb', en: 'Consultant together with the business' } },
  { code: 'other', label: { de: 'Andere Rolle', en: 'Other role' } },
]

/** The profile of the assessed business. Optional fields may be absent. */
export interface Profile {
  state?: StateCode
  district?: string
  sector?: SectorCode
  employees?: EmployeeClass
  /** Exact headcount, optional; eligibility rules prefer it over the class when present. */
  headcount?: number
  turnover?: TurnoverClass
  apprentices?: boolean
  role?: RoleCode
}

/** Allowed codes per enumerated profile field, for expression and file validation. */
export const PROFILE_ENUMS: Record<string, readonly string[]> = {
  state: STATE_CODES,
  sector: SECTOR_CODES,
  employees: EMPLOYEE_CLASSES,
  turnover: TURNOVER_CLASSES,
  role: ROLE_CODES,
}

/** Every profile field an expression may reference, with its value kind. */
export const PROFILE_FIELD_KINDS: Record<string, 'enum' | 'text' | 'number' | 'boolean'> = {
  state: 'enum',
  district: 'text',
  sector: 'enum',
  employees: 'enum',
  headcount: 'number',
  turnover: 'enum',
  apprentices: 'boolean',
  role: 'enum',
}
