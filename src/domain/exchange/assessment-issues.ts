import * as yup from 'yup'
import { MAX_ID_LENGTH, isPlainObject, profileSchema } from '../assessment/record-fields'
import { parseAssessmentRecord } from '../assessment/record-validation'
import { optionalTimestamp, timestamp } from '../assessment/timestamps'
import type { AssessmentRecord } from '../assessment/types'
import { strictObject } from '../schema-helpers'
import { issue, type ValidationIssue } from '../validation-issue'
import { sortIssues } from '../yup-issues'
import { answersIssues, followUpsIssues, notesIssues, targetsIssues } from './assessment-parts'
import type { RecordCheck } from './company-issues'
import { recordId, schemaIssues, text } from './field-rules'
import { resultIssues } from './result-issues'

// Anything passes here: these fields are checked by the functions in assessment-parts.ts, which
// word their problems better than a generic schema could. Listed so the key itself is allowed.
const checkedSeparately = () => yup.mixed().nullable()

const assessmentSchema = strictObject({
  schemaVersion: yup.number().required().oneOf([1] as const),
  id: recordId(),
  questionnaireId: recordId(),
  questionnaireVersion: recordId(),
  companyId: text(MAX_ID_LENGTH).nullable(),
  // The stored profile's own field rules, with unknown fields reported instead of dropped.
  profile: strictObject(profileSchema().fields).required(),
  answers: checkedSeparately(),
  notes: checkedSeparately(),
  followUps: checkedSeparately(),
  targets: checkedSeparately(),
  status: yup.string().required().oneOf(['draft', 'completed'] as const),
  currentStep: yup.number().required().integer().min(0),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  completedAt: optionalTimestamp(),
  result: checkedSeparately(),
})

/**
 * Checks one imported assessment at `path` strictly and returns it rebuilt by
 * `parseAssessmentRecord` (allowed keys only). A completed check must carry its result, computed
 * with its own questionnaire `id@version`; a draft has neither result nor completion time.
 */
export function checkImportedAssessment(value: unknown, path: string): RecordCheck<AssessmentRecord> {
  const errors = schemaIssues(assessmentSchema, value, path)
  if (isPlainObject(value)) {
    const shapeOk = errors.length === 0
    errors.push(
      ...answersIssues(value.answers, `${path}.answers`),
      ...notesIssues(value.notes, `${path}.notes`),
      ...followUpsIssues(value.followUps, `${path}.followUps`),
      ...targetsIssues(value.targets, `${path}.targets`),
    )
    // Rules across fields only on a well-formed record, so their messages never pile up on a broken shape.
    if (shapeOk) errors.push(...completionIssues(value as CompletionFields, path))
  }
  if (errors.length > 0) return { ok: false, errors: sortIssues(errors) }
  const record = parseAssessmentRecord(value)
  if (record) return { ok: true, record }
  return { ok: false, errors: [issue(path, 'Der Check ist ungültig', 'The check is invalid')] }
}

type CompletionFields = Pick<AssessmentRecord, 'status' | 'completedAt' | 'questionnaireId' | 'questionnaireVersion'> & {
  result: unknown
}

function completionIssues(fields: CompletionFields, path: string): ValidationIssue[] {
  const out: ValidationIssue[] = []
  const hasResult = fields.result !== null && fields.result !== undefined
  if (fields.status === 'completed') {
    if (fields.completedAt === null) {
      out.push(issue(`${path}.completedAt`, 'Ein abgeschlossener Check braucht den Zeitpunkt des Abschlusses', 'A completed check needs the time it was completed'))
    }
    if (!hasResult) out.push(issue(`${path}.result`, 'Ein abgeschlossener Check braucht sein Ergebnis', 'A completed check needs its result'))
    else out.push(...resultIssues(fields.result, `${path}.result`, `${fields.questionnaireId}@${fields.questionnaireVersion}`))
    return out
  }
  if (fields.completedAt !== null) {
    out.push(issue(`${path}.completedAt`, 'Ein Entwurf hat noch keinen Abschlusszeitpunkt', 'A draft has no completion time yet'))
  }
  if (hasResult) out.push(issue(`${path}.result`, 'Ein Entwurf hat noch kein Ergebnis', 'A draft has no result yet'))
  else if (fields.result === undefined) {
    out.push(issue(`${path}.result`, 'Pflichtangabe fehlt (bei einem Entwurf null)', 'Required value is missing (null for a draft)'))
  }
  return out
}
