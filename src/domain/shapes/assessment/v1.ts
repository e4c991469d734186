import { MAX_ENTRIES, MAX_ID_LENGTH, MAX_TEXT_LENGTH, levelNumber, recordId, text, timestamp } from '../../schema/fields'
import { array, literal, nullable, number, object, oneOf, optional, record, refine, string, type Infer, type Path, type Refinement } from '../../schema/kit'
import { answersSchema } from '../answers'
import { profileSchemaV1 } from '../profile/v1'
import { resultSchemaV1 } from '../result/v1'

/**
 * An assessment (one self-check: a questionnaire `id@version` answered for one business), version
 * 1 as released. Timestamps are ISO 8601 in UTC as `toISOString()` writes them.
 */

const optionalLevel = () => optional(levelNumber())

/** Target levels by dimension; a missing entry means "use the default". */
export const targetsSchema = object({
  bildung: optionalLevel(),
  beratung: optionalLevel(),
  umsetzung: optionalLevel(),
  reifegrad: optionalLevel(),
  breitband: optionalLevel(),
  'breitband-bildung': optionalLevel(),
  fachkraefte: optionalLevel(),
})

/** The fields of version 1; later versions replace the ones they change. */
export const assessmentFieldsV1 = {
  schemaVersion: literal(1),
  id: recordId(),
  questionnaireId: recordId(),
  questionnaireVersion: recordId(),
  /** The consultant's client this check belongs to; null for a business checking itself. */
  companyId: nullable(recordId()),
  profile: profileSchemaV1,
  answers: answersSchema(),
  /** Consultant notes per question id. */
  notes: record(text(MAX_TEXT_LENGTH), { max: MAX_ENTRIES }),
  /** Question ids marked for follow-up (duplicates are dropped below). */
  followUps: array(string({ min: 1, max: MAX_ID_LENGTH }), { max: MAX_ENTRIES }),
  targets: targetsSchema,
  status: oneOf(['draft', 'completed'] as const),
  /** Index of the questionnaire step to resume at. */
  currentStep: number({ min: 0, integer: true }),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** Set exactly when status is `completed`. */
  completedAt: nullable(timestamp()),
  /** The result frozen on completion, so history never changes when the rules change. */
  result: nullable(resultSchemaV1),
}

/**
 * A completed check has its completion time and its result, computed with its own questionnaire;
 * a draft has neither.
 */
export function completionRule(record: CompletionFields, problem: Parameters<Refinement<CompletionFields>>[1], path: Path): void {
  const at = (key: string) => ({ parent: path, key })
  if (record.status === 'completed') {
    if (record.completedAt === null) problem(at('completedAt'), 'completed-needs-time')
    if (record.result === null) problem(at('result'), 'completed-needs-result')
    else if (record.result.questionnaire !== `${record.questionnaireId}@${record.questionnaireVersion}`) {
      problem({ parent: at('result'), key: 'questionnaire' }, 'result-of-other-questionnaire', {
        found: record.result.questionnaire.slice(0, 80),
        expected: `${record.questionnaireId}@${record.questionnaireVersion}`.slice(0, 80),
      })
    }
  } else {
    if (record.completedAt !== null) problem(at('completedAt'), 'draft-has-time')
    if (record.result !== null) problem(at('result'), 'draft-has-result')
  }
  // The rebuilt copy is ours to change: a follow-up flag is set or not, never twice.
  record.followUps = [...new Set(record.followUps)]
}

/** The fields the completion rule looks at, in every version. */
interface CompletionFields {
  status: 'draft' | 'completed'
  completedAt: string | null
  result: { questionnaire: string } | null
  questionnaireId: string
  questionnaireVersion: string
  followUps: string[]
}

export const assessmentSchemaV1 = refine(object(assessmentFieldsV1), completionRule)

export type AssessmentV1 = Infer<typeof assessmentSchemaV1>
