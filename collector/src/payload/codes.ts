/**
 * The codes the collector groups by, as agreed in docs/interfaces-v2.md sections 1 and 3. The
 * collector is a separate service, so it keeps its own copy instead of importing the app's.
 */

/** The seven indicator fields (dimension ids) in their fixed order. */
export const DIMENSION_IDS = ['bildung', 'beratung', 'umsetzung', 'reifegrad', 'breitband', 'breitband-bildung', 'fachkraefte'] as const
export type DimensionId = (typeof DIMENSION_IDS)[number]

/** Federal states (ISO 3166-2) with the first two digits of their Kreis codes (AGS). */
export const STATE_AGS_PREFIX = {
  'DE-SH': '01', 'DE-HH': '02', 'DE-NI': '03', 'DE-HB': '04', 'DE-NW': '05', 'DE-HE': '06', 'DE-RP': '07', 'DE-BW': '08',
  'DE-BY': '09', 'DE-SL': '10', 'DE-BE': '11', 'DE-BB': '12', 'DE-MV': '13', 'DE-SN': '14', 'DE-ST': '15', 'DE-TH': '16',
} as const
export type StateCode = keyof typeof STATE_AGS_PREFIX
export const STATE_CODES = Object.keys(STATE_AGS_PREFIX) as StateCode[]

export const SECTOR_GROUPS = ['handwerk-bau', 'handwerk-produktion', 'handwerk-personen', 'industrie', 'handel', 'dienstleistung', 'gastgewerbe', 'sonstige'] as const
export type SectorGroup = (typeof SECTOR_GROUPS)[number]

export const EMPLOYEE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const
export type EmployeeClass = (typeof EMPLOYEE_CLASSES)[number]

/** Sector codes of profile version 1 and 2 to their group (§1 "Sector groups"). */
const SECTOR_TO_GROUP: Record<string, SectorGroup> = {
  'hw-bau': 'handwerk-bau',
  'hw-ausbau': 'handwerk-bau',
  'hw-gebaeudetechnik': 'handwerk-bau',
  'hw-holz': 'handwerk-produktion',
  'hw-metall': 'handwerk-produktion',
  'hw-elektro-metall': 'handwerk-produktion',
  'hw-kfz': 'handwerk-produktion',
  'hw-textil-leder': 'handwerk-produktion',
  'hw-sonstige': 'handwerk-produktion',
  'hw-lebensmittel': 'handwerk-personen',
  'hw-gesundheit': 'handwerk-personen',
  'hw-koerperpflege-reinigung': 'handwerk-personen',
  industrie: 'industrie',
  handel: 'handel',
  logistik: 'handel',
  dienstleistung: 'dienstleistung',
  'it-kreativ': 'dienstleistung',
  'freie-berufe': 'dienstleistung',
  gastgewerbe: 'gastgewerbe',
  'gesundheit-soziales': 'sonstige',
  landwirtschaft: 'sonstige',
  sonstige: 'sonstige',
}

/** The sector group of a v1 or v2 sector code (or of a group code itself); null when unknown. */
export function sectorGroupOf(code: string): SectorGroup | null {
  if ((SECTOR_GROUPS as readonly string[]).includes(code)) return code as SectorGroup
  return Object.hasOwn(SECTOR_TO_GROUP, code) ? (SECTOR_TO_GROUP[code] ?? null) : null
}

export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && Object.hasOwn(STATE_AGS_PREFIX, value)
}

export function isEmployeeClass(value: unknown): value is EmployeeClass {
  return (EMPLOYEE_CLASSES as readonly unknown[]).includes(value)
}

/** `id@1.2.3`, as in both payload schemas. */
export const QUESTIONNAIRE_PATTERN = /^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/
