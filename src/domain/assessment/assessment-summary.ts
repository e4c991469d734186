import * as yup from 'yup'
import type { LevelNumber } from '../questionnaire/types'
import { MAX_ID_LENGTH, id, isLevelNumber } from './record-fields'
import { copyTimestamp, optionalTimestamp, timestamp } from './timestamps'
import type { AssessmentRecord, AssessmentSummary } from './types'

/** The list entry of a check: everything a list shows, nothing of its answers. */
export function toSummary(record: AssessmentRecord): AssessmentSummary {
  return {
    id: record.id,
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    companyId: record.companyId,
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    completedAt: record.completedAt,
    overallScore: record.result?.overall.score ?? null,
    overallLevel: record.result?.overall.level ?? null,
  }
}

const summarySchema = yup.object({
  id: id(),
  questionnaireId: id(),
  questionnaireVersion: yup.string().required().max(MAX_ID_LENGTH),
  companyId: yup.string().max(MAX_ID_LENGTH).nullable().defined(),
  status: yup.string().required().oneOf(['draft', 'completed'] as const),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  completedAt: optionalTimestamp(),
  overallScore: yup.number().min(0).max(100).nullable().defined(),
  overallLevel: yup.mixed<LevelNumber>(isLevelNumber).nullable().defined(),
})

/** A stored summary rebuilt from allowed keys, or null when it is not a valid summary. */
export function parseAssessmentSummary(value: unknown): AssessmentSummary | null {
  if (!summarySchema.isValidSync(value, { strict: true })) return null
  return {
    id: value.id,
    questionnaireId: value.questionnaireId,
    questionnaireVersion: value.questionnaireVersion,
    companyId: value.companyId,
    status: value.status,
    createdAt: copyTimestamp(value.createdAt),
    updatedAt: copyTimestamp(value.updatedAt),
    completedAt: value.completedAt === null ? null : copyTimestamp(value.completedAt),
    overallScore: value.overallScore,
    overallLevel: value.overallLevel,
  }
}
