import { object, string, type StringSchema } from 'yup'
import { EMPLOYEE_CLASS_RANGES, PROFILE_FIELDS, type EmployeeClass, type Profile, type ProfileFieldId, type ProfileFieldSpec } from '@/domain/shapes/profile'

/**
 * The profile form, derived from the current profile version's field table (src/domain/shapes/profile):
 * which inputs it shows, how each is checked, and how form values become a profile. Messages are
 * i18n keys so they follow the language switch.
 */

/** Form values as the inputs hold them (strings). */
export type ProfileFormValues = Record<string, string>

/** The fields the form asks, in the table's order: those the questionnaire lists, never hidden ones. */
export function askedFields(asked: readonly string[]): ProfileFieldId[] {
  return (Object.keys(PROFILE_FIELDS) as ProfileFieldId[]).filter((id) => asked.includes(id) && PROFILE_FIELDS[id].form !== 'hidden')
}

const DECIMAL = /^\s*\d+(?:[.,]\d+)?\s*$/
const WHOLE = /^\s*\d*\s*$/

function fieldRule(id: ProfileFieldId, spec: ProfileFieldSpec, districtCodes: () => readonly string[] | null): StringSchema {
  const required = spec.form === 'required'
  const key = `profile.errors.${id}`
  let rule = string()
  if (required) rule = rule.required(key)
  switch (spec.kind) {
    case 'enum':
      return rule.oneOf(['', ...spec.codes], key)
    case 'boolean':
      return rule.oneOf(['', 'yes', 'no'], key)
    case 'integer':
      return rule.matches(WHOLE, `${key}Number`)
    case 'decimal':
      return rule.test('decimal', `${key}Number`, (value) => !value?.trim() || DECIMAL.test(value))
    case 'text':
      return rule.max(spec.max, key)
    case 'district':
      // A code from the chosen state's list (the list is loaded with the form; until then any code passes).
      return rule.test('district', key, (value) => !value || (districtCodes()?.includes(value) ?? /^\d{5}$/.test(value)))
  }
}

/** The yup schema of the asked fields, with the rules across them (headcount fits its class, FTE ≤ headcount). */
export function profileFormSchema(fields: readonly ProfileFieldId[], districtCodes: () => readonly string[] | null = () => null) {
  const shape = Object.fromEntries(fields.map((id) => [id, fieldRule(id, PROFILE_FIELDS[id], districtCodes)]))
  return object(shape).test('across', '', (values, context) => {
    const headcount = (values.headcount ?? '').trim()
    const range = EMPLOYEE_CLASS_RANGES[values.employees as EmployeeClass]
    if (headcount && WHOLE.test(headcount) && range && (Number(headcount) < range[0] || Number(headcount) > range[1])) {
      return context.createError({ path: 'headcount', message: 'profile.errors.headcountClass' })
    }
    const fte = (values.fte ?? '').trim()
    if (fte && DECIMAL.test(fte) && headcount && Number(fte.replace(',', '.')) > Number(headcount)) {
      return context.createError({ path: 'fte', message: 'profile.errors.fteAboveHeadcount' })
    }
    return true
  })
}

/** Fills the form from a stored profile. */
export function toFormValues(profile: Profile, fields: readonly ProfileFieldId[]): ProfileFormValues {
  const values: ProfileFormValues = {}
  for (const id of fields) {
    const value = profile[id]
    values[id] = value === undefined ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
  }
  return values
}

/**
 * The profile from validated form values: the asked fields as typed values, empty optional fields
 * left out, and every field the form does not ask kept as it was (e.g. a district name from an
 * older version until a district is chosen).
 */
export function toProfile(values: ProfileFormValues, fields: readonly ProfileFieldId[], before: Profile): Profile {
  const profile: Record<string, unknown> = { ...before }
  for (const id of fields) {
    const raw = (values[id] ?? '').trim()
    delete profile[id]
    if (raw === '') continue
    const spec = PROFILE_FIELDS[id]
    profile[id] = spec.kind === 'boolean' ? raw === 'yes' : spec.kind === 'integer' ? Number(raw) : spec.kind === 'decimal' ? Number(raw.replace(',', '.')) : raw
  }
  if (profile.district !== undefined) delete profile.districtName
  return profile as Profile
}
