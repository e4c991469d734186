import * as yup from 'yup'
import {
  EMPLOYEE_CLASS_RANGES, EMPLOYEE_CLASSES, ROLE_CODES, SECTOR_CODES, STATE_CODES, TURNOVER_CLASSES,
  type EmployeeClass, type Profile,
} from '@/domain/profile/profile-fields'

/** Form values as the inputs hold them (strings); converted to a Profile on submit. */
export interface ProfileFormValues {
  state: string
  district: string
  sector: string
  employees: string
  headcount: string
  turnover: string
  apprentices: string
  role: string
}

/** Validation rules; messages are i18n keys so they follow the language switch. */
export const profileFormSchema = yup.object({
  state: yup.string().required('profile.errors.state').oneOf([...STATE_CODES], 'profile.errors.state'),
  district: yup.string().max(80, 'profile.errors.districtLength'),
  sector: yup.string().required('profile.errors.sector').oneOf([...SECTOR_CODES], 'profile.errors.sector'),
  employees: yup.string().required('profile.errors.employees').oneOf([...EMPLOYEE_CLASSES], 'profile.errors.employees'),
  headcount: yup
    .string()
    .matches(/^\s*\d*\s*$/, 'profile.errors.headcountNumber')
    .test('fits-class', 'profile.errors.headcountClass', (value, context) => {
      const trimmed = (value ?? '').trim()
      if (trimmed === '') return true
      const range = EMPLOYEE_CLASS_RANGES[context.parent.employees as EmployeeClass]
      const headcount = Number(trimmed)
      return !range || (headcount >= range[0] && headcount <= range[1])
    }),
  // Required because funding rules depend on it (e.g. Digitalbonus Bayern: at most EUR 10 million).
  turnover: yup.string().required('profile.errors.turnover').oneOf([...TURNOVER_CLASSES], 'profile.errors.turnover'),
  apprentices: yup.string().required('profile.errors.apprentices').oneOf(['yes', 'no'], 'profile.errors.apprentices'),
  role: yup.string().oneOf(['', ...ROLE_CODES], 'profile.errors.role'),
})

/** Fills the form from a stored profile. */
export function toFormValues(profile: Profile): ProfileFormValues {
  return {
    state: profile.state ?? '',
    district: profile.district ?? '',
    sector: profile.sector ?? '',
    employees: profile.employees ?? '',
    headcount: profile.headcount === undefined ? '' : String(profile.headcount),
    turnover: profile.turnover ?? '',
    apprentices: profile.apprentices === undefined ? '' : profile.apprentices ? 'yes' : 'no',
    role: profile.role ?? '',
  }
}

/** Builds the profile from validated form values, leaving out empty optional fields. */
export function toProfile(values: ProfileFormValues): Profile {
  const profile: Profile = {
    state: values.state as Profile['state'],
    sector: values.sector as Profile['sector'],
    employees: values.employees as Profile['employees'],
    turnover: values.turnover as Profile['turnover'],
    apprentices: values.apprentices === 'yes',
  }
  if (values.district.trim()) profile.district = values.district.trim()
  if (values.headcount.trim()) profile.headcount = Number(values.headcount.trim())
  if (values.role) profile.role = values.role as Profile['role']
  return profile
}
