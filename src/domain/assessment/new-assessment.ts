import { ASSESSMENT_VERSION, type AssessmentRecord } from '../shapes/assessment'
import type { Profile } from '../shapes/profile'

export interface NewAssessmentArgs {
  /** A random id made by the caller (the domain has no randomness). */
  id: string
  /** The current time as an ISO string (the domain has no clock). */
  now: string
  questionnaireId: string
  questionnaireVersion: string
  companyId?: string | null
  profile?: Profile
}

/** A new, empty draft check for a questionnaire version. */
export function createAssessment(args: NewAssessmentArgs): AssessmentRecord {
  return {
    schemaVersion: ASSESSMENT_VERSION,
    id: args.id,
    questionnaireId: args.questionnaireId,
    questionnaireVersion: args.questionnaireVersion,
    companyId: args.companyId ?? null,
    // A copy, so the caller's profile object (e.g. the company's) is not shared with the draft.
    profile: { ...args.profile },
    answers: {},
    notes: {},
    followUps: [],
    targets: {},
    status: 'draft',
    currentStep: 0,
    createdAt: args.now,
    updatedAt: args.now,
    completedAt: null,
    result: null,
  }
}
