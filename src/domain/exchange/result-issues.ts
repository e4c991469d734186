import * as yup from 'yup'
import { DIMENSION_IDS, MAX_ENTRIES, isLevelNumber } from '../assessment/record-fields'
import { isAssessmentResult } from '../assessment/result-validation'
import type { LevelNumber } from '../questionnaire/types'
import { strictObject } from '../schema-helpers'
import { issue, type ValidationIssue } from '../validation-issue'
import { recordId, schemaIssues } from './field-rules'

/**
 * The frozen result of an imported completed check, checked strictly with a path for every
 * problem. `assessment/result-validation.ts` decides (fast, by hand); this schema mirrors it to
 * say what is wrong and where, and runs only on a result that check refused.
 */

const count = () => yup.number().required().integer().min(0)

const scoreFields = {
  score: yup.number().min(0).max(100).nullable().defined(),
  level: yup
    .mixed<LevelNumber>()
    .nullable()
    .defined()
    .test('level', 'invalid level', (value) => value === null || isLevelNumber(value)),
  completeness: yup.number().required().min(0).max(1),
  answered: count(),
  notApplicable: count(),
  visible: count(),
}

const dimensionId = () => yup.string().required().oneOf(DIMENSION_IDS)

const resultSchema = strictObject({
  engineVersion: recordId(),
  questionnaire: recordId(),
  overall: strictObject(scoreFields).required(),
  dimensions: yup
    .array(strictObject({ ...scoreFields, dimension: dimensionId() }).required())
    .required()
    .max(DIMENSION_IDS.length),
  topics: yup
    .array(strictObject({ ...scoreFields, topic: recordId(), dimension: dimensionId() }).required())
    .required()
    .max(MAX_ENTRIES),
})

/** What is wrong with the shape of a result, field by field (empty when the shape is right). */
export function resultShapeIssues(value: unknown, path: string): ValidationIssue[] {
  return schemaIssues(resultSchema, value, path)
}

/** Problems of an imported result (not null) whose check is `questionnaire` (`id@version`). */
export function resultIssues(value: unknown, path: string, questionnaire: string): ValidationIssue[] {
  // The schema below only runs to word the problems: the fast check decides (a test keeps both agreeing).
  if (!isAssessmentResult(value, { exactKeys: true })) {
    const found = resultShapeIssues(value, path)
    return found.length > 0 ? found : [issue(path, 'Das Ergebnis ist ungültig', 'The result is invalid')]
  }
  const resultOf = (value as { questionnaire: string }).questionnaire
  if (resultOf !== questionnaire) {
    return [
      issue(
        `${path}.questionnaire`,
        `Das Ergebnis wurde mit Fragebogen ${resultOf} berechnet, der Check gehört aber zu ${questionnaire}`,
        `The result was computed with questionnaire ${resultOf}, but the check belongs to ${questionnaire}`,
      ),
    ]
  }
  return []
}
