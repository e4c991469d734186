/**
 * What the SurveyJS peer page (scripts/bench/surveyjs-peer) gets at build time: the flagship as
 * SurveyJS JSON, plus what its own small scoring needs. Shared by the converter (Node) and the page.
 */

/** Answer value the peer stores for "Trifft nicht zu / keine Angabe" (a choice of its own). */
export const PEER_NOT_APPLICABLE = '__na__'

/** The peer's localStorage keys, seeded by the bench before Lighthouse opens the step and results pages. */
export const PEER_STORAGE = { draft: 'surveyjs-peer-draft', completed: 'surveyjs-peer-completed' } as const

/** How one scored (firm) question counts, as in src/domain/scoring/question-score.ts. */
export type PeerScoredQuestion =
  | { dimension: string; weight: number; type: 'single'; points: Record<string, number>; max: number; notRelevant: string[] }
  | { dimension: string; weight: number; type: 'multiple'; points: Record<string, number>; cap: number; notRelevant: string[] }
  | { dimension: string; weight: number; type: 'yesno'; yes: number; no: number }

export interface PeerScoring {
  dimensions: { id: string; title: string; weight: number }[]
  levels: { level: number; minScore: number; name: string; text: string }[]
  questions: Record<string, PeerScoredQuestion>
}

export interface PeerContent {
  /** SurveyJS survey JSON (https://surveyjs.io/form-library/documentation/design-survey/create-a-simple-survey). */
  survey: Record<string, unknown>
  scoring: PeerScoring
}
