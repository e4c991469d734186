import { levelNumber, recordId, timestamp } from '../schema/fields'
import { nullable, number, object, oneOf, parseOrNull, type Infer } from '../schema/kit'
import type { AssessmentRecord } from '../shapes/assessment'

/**
 * What a list of checks shows, without the answers (lists must stay fast with 5,000 checks). A
 * summary is derived data: it is written with its assessment in the same transaction and can be
 * rebuilt from it at any time, so it has no version of its own.
 */
const summarySchema = object({
  id: recordId(),
  questionnaireId: recordId(),
  questionnaireVersion: recordId(),
  companyId: nullable(recordId()),
  status: oneOf(['draft', 'completed'] as const),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  completedAt: nullable(timestamp()),
  overallScore: nullable(number({ min: 0, max: 100 })),
  overallLevel: nullable(levelNumber()),
})

export type AssessmentSummary = Infer<typeof summarySchema>

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

/** A stored summary rebuilt from allowed keys, or null when it is not a valid summary. */
export function parseAssessmentSummary(value: unknown): AssessmentSummary | null {
  return parseOrNull(summarySchema, value)
}
