/**
 * Codes of the company profile that every version shares. They are fixed in code (not in the
 * questionnaire files) because measures matching and the anonymous payload depend on them. Their
 * names in both languages are in the i18n messages (`profile.codes.*`).
 */

export const STATE_CODES = [
  'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV',
  'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH',
] as const
export type StateCode = (typeof STATE_CODES)[number]

export const EMPLOYEE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const
export type EmployeeClass = (typeof EMPLOYEE_CLASSES)[number]

/** Headcount range of each employee class, both ends included. */
export const EMPLOYEE_CLASS_RANGES: Record<EmployeeClass, readonly [number, number]> = {
  '1-9': [1, 9],
  '10-49': [10, 49],
  '50-249': [50, 249],
  '250+': [250, Number.MAX_SAFE_INTEGER],
}

export const TURNOVER_CLASSES = ['le2m', 'le10m', 'le50m', 'gt50m'] as const
export type TurnoverClass = (typeof TURNOVER_CLASSES)[number]

export const ROLE_CODES = ['owner', 'management', 'employee', 'consultant', 'other'] as const
export type RoleCode = (typeof ROLE_CODES)[number]

/** The largest headcount a profile may give: far above any business, low enough to be sane. */
export const MAX_HEADCOUNT = 10_000_000
