import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, vi } from 'vitest'
import { createAssessment } from '@/domain/assessment/new-assessment'
import { DIMENSION_IDS, type DimensionId } from '@/domain/indicator-fields'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import type { Questionnaire } from '@/domain/questionnaire/types'
import type { SuggestedStep } from '@/domain/plan/suggest-steps'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'
import { PLAN_VERSION, type PlanRecord, type PlanStep } from '@/domain/shapes/plan'
import type { AssessmentResult, ScoreSummary } from '@/domain/shapes/result'
import { closeDatabase, setDatabaseFactory } from '@/storage/database'
import { onStorageProblem, type StorageProblem } from '@/storage/storage-events'

/**
 * Records for the Maßnahmenplan tests. Built here (not borrowed from other test folders) so that
 * these tests only depend on the app's own code. Every time is explicit: nothing reads the clock.
 */

export const QUESTIONNAIRE_ID = 'digitalisierungsgrad-check'
export const QUESTIONNAIRE_VERSION = '2.0.0'

/** A canonical ISO time `minutes` after 2026-11-01 09:00 UTC. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2026, 10, 1, 9, 0, 0) + minutes * 60_000).toISOString()
}

function summary(score: number | null): ScoreSummary {
  const level = score === null ? null : (Math.min(5, Math.floor(score / 20) + 1) as 1 | 2 | 3 | 4 | 5)
  return { score, level, completeness: 1, answered: 3, notApplicable: 0, visible: 3 }
}

/** A result with these field scores, in the fixed field order (fields not named are left out). */
export function resultWith(scores: Partial<Record<DimensionId, number | null>>, questionnaire = `${QUESTIONNAIRE_ID}@${QUESTIONNAIRE_VERSION}`): AssessmentResult {
  return {
    engineVersion: '2.0.0',
    questionnaire,
    overall: summary(50),
    dimensions: DIMENSION_IDS.filter((dimension) => dimension in scores).map((dimension) => ({ ...summary(scores[dimension] ?? null), dimension })),
    topics: [],
  }
}

export function draftCheck(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const base = createAssessment({
    id: overrides.id ?? 'check-1',
    now: at(0),
    questionnaireId: QUESTIONNAIRE_ID,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    profile: { state: 'DE-NI', sector: 'hw-bau', employees: '10-49' },
  })
  return { ...base, answers: { 'be-plan': 'none' }, notes: { 'be-plan': 'Beim nächsten Termin nachfragen' }, followUps: ['be-plan'], currentStep: 2, ...overrides }
}

export function completedCheck(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return draftCheck({
    status: 'completed',
    completedAt: at(30),
    updatedAt: at(30),
    result: resultWith({ bildung: 40, beratung: 55.5, reifegrad: 70 }),
    ...overrides,
  })
}

export function company(overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    schemaVersion: 2,
    id: 'company-1',
    name: 'Tischlerei Meyer',
    state: 'DE-NI',
    sector: 'hw-bau',
    employees: '10-49',
    contactNotes: 'Herr Meyer, dienstags',
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  }
}

/** A complete plan step; `doneAt` follows the status unless given. */
export function step(overrides: Partial<PlanStep> = {}): PlanStep {
  const status = overrides.status ?? 'open'
  return {
    id: 'step-1',
    text: 'Zwei-Faktor-Anmeldung einrichten',
    dimension: 'reifegrad',
    owner: 'Frau Schulz',
    due: null,
    status,
    note: '',
    offers: [],
    createdAt: at(40),
    updatedAt: at(40),
    doneAt: status === 'done' ? at(45) : null,
    ...overrides,
  }
}

export function plan(overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    schemaVersion: PLAN_VERSION,
    assessmentId: 'check-1',
    companyId: null,
    questionnaireId: QUESTIONNAIRE_ID,
    reviewOn: null,
    steps: [],
    createdAt: at(40),
    updatedAt: at(40),
    ...overrides,
  }
}

let flagship: Questionnaire | null = null

/** The flagship questionnaire 2.0.0 through the app's own loader. */
export function loadFlagship(): Questionnaire {
  if (flagship) return flagship
  const path = resolve(import.meta.dirname, '../../../questionnaires/digitalisierungsgrad-check/2.0.0.json')
  const loaded = loadQuestionnaire(JSON.parse(readFileSync(path, 'utf8')))
  if (!loaded.ok) throw new Error(`the flagship must load: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
  flagship = loaded.questionnaire
  return flagship
}

/** A suggestion of the flagship's next step `stepId`, as suggestSteps would list it. */
export function suggestionOf(stepId: string, dimension: DimensionId = 'reifegrad'): SuggestedStep {
  const found = loadFlagship().steps.find((entry) => entry.id === stepId)
  if (!found) throw new Error(`no step ${stepId} in the flagship`)
  return { step: found, questionIds: ['some-question'], dimension, weakness: 60, priority: 60 }
}

/**
 * Each test gets its own empty in-memory IndexedDB (the real fake-indexeddb implementation) and a
 * list of the storage problems reported during it.
 */
export function useFreshDatabase(): { factory: () => IDBFactory; problems: StorageProblem[] } {
  let current = new IDBFactory()
  const problems: StorageProblem[] = []
  let stop = () => {}
  beforeEach(() => {
    current = new IDBFactory()
    problems.length = 0
    setDatabaseFactory(current)
    stop = onStorageProblem((problem) => problems.push(problem))
    // Damaged records are logged for diagnosis; the tests look at the reported problem instead.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    stop()
    vi.restoreAllMocks()
    closeDatabase()
    setDatabaseFactory(null)
  })
  return { factory: () => current, problems }
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ kind?: unknown; name?: unknown }> {
  try {
    await promise
  } catch (error) {
    return error as { kind?: unknown; name?: unknown }
  }
  throw new Error('expected a rejection, but the call succeeded')
}
