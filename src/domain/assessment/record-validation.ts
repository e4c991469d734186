import * as yup from 'yup'
import { EMPLOYEE_CLASSES, SECTOR_CODES, STATE_CODES } from '../profile/profile-fields'
import {
  MAX_ENTRIES,
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  answersSchema,
  copyAnswers,
  copyProfile,
  copyTargets,
  copyTexts,
  id,
  isSafeKey,
  profileSchema,
  targetsSchema,
  textsSchema,
} from './record-fields'
import { copyTimestamp, optionalTimestamp, timestamp } from './timestamps'
import { parseAssessmentResult } from './result-validation'
import type { AssessmentRecord, CompanyRecord } from './types'

/**
 * Validation of stored (and imported) assessments and companies. The yup schemas check the shape
 * in strict mode (no casting: stored data must already be right); the parse functions then build
 * a new record field by field, so unknown keys are dropped, never spread into the result.
 */

const assessmentSchema = yup.object({
  schemaVersion: yup.number().required().oneOf([1] as const),
  id: id(),
  questionnaireId: id(),
  questionnaireVersion: yup.string().required().max(MAX_ID_LENGTH),
  companyId: yup.string().max(MAX_ID_LENGTH).nullable().defined(),
  profile: profileSchema(),
  answers: answersSchema(),
  notes: textsSchema(),
  followUps: yup.array(yup.string().required().max(MAX_ID_LENGTH)).required().max(MAX_ENTRIES),
  targets: targetsSchema(),
  status: yup.string().required().oneOf(['draft', 'completed'] as const),
  currentStep: yup.number().required().integer().min(0),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  completedAt: optionalTimestamp(),
  // Checked by parseAssessmentResult, which also rebuilds it.
  result: yup.mixed().nullable().defined(),
})

/** The assessment rebuilt from allowed keys, or null when the value is no valid assessment. */
export function parseAssessmentRecord(value: unknown): AssessmentRecord | null {
  if (!assessmentSchema.isValidSync(value, { strict: true })) return null
  const result = value.result === null ? null : parseAssessmentResult(value.result)
  if (result === null && value.result !== null) return null
  // A completed check always has its frozen result and completion time; a draft has neither.
  const completed = value.status === 'completed'
  if (completed !== (value.completedAt !== null) || completed !== (result !== null)) return null
  return {
    schemaVersion: 1,
    id: value.id,
    questionnaireId: value.questionnaireId,
    questionnaireVersion: value.questionnaireVersion,
    companyId: value.companyId,
    profile: copyProfile(value.profile),
    answers: copyAnswers(value.answers),
    notes: copyTexts(value.notes),
    followUps: [...new Set(value.followUps.filter(isSafeKey))],
    targets: copyTargets(value.targets),
    status: value.status,
    currentStep: value.currentStep,
    createdAt: copyTimestamp(value.createdAt),
    updatedAt: copyTimestamp(value.updatedAt),
    completedAt: value.completedAt === null ? null : copyTimestamp(value.completedAt),
    result,
  }
}

const companySchema = yup.object({
  schemaVersion: yup.number().required().oneOf([1] as const),
  id: id(),
  name: yup.string().required().max(MAX_ID_LENGTH).test('not-blank', 'blank name', (v) => v.trim() !== ''),
  state: yup.string().oneOf(STATE_CODES).nullable().defined(),
  sector: yup.string().oneOf(SECTOR_CODES).nullable().defined(),
  employees: yup.string().oneOf(EMPLOYEE_CLASSES).nullable().defined(),
  contactNotes: yup.string().defined().max(MAX_TEXT_LENGTH),
  createdAt: timestamp(),
  updatedAt: timestamp(),
})

/** The company rebuilt from allowed keys, or null when the value is no valid company. */
export function parseCompanyRecord(value: unknown): CompanyRecord | null {
  if (!companySchema.isValidSync(value, { strict: true })) return null
  return {
    schemaVersion: 1,
    id: value.id,
    name: value.name,
    state: value.state,
    sector: value.sector,
    employees: value.employees,
    contactNotes: value.contactNotes,
    createdAt: copyTimestamp(value.createdAt),
    updatedAt: copyTimestamp(value.updatedAt),
  }
}
