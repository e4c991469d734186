import { createAssessment } from '@/domain/assessment/new-assessment'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { CompanyRecord } from '@/domain/shapes/company'
import type { OutboxEntry } from '@/domain/shapes/outbox-entry'
import type { AssessmentResult, ScoreSummary } from '@/domain/shapes/result'

/** Test records for the assessment domain and the storage tests. */

export const QUESTIONNAIRE_ID = 'reifegrad-ni'
export const QUESTIONNAIRE_VERSION = '1.0.0'

/** A time `minutes` after a fixed start, in canonical ISO form. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2025, 0, 15, 9, 0, 0) + minutes * 60_000).toISOString()
}

export function draftRecord(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const base = createAssessment({
    id: overrides.id ?? 'a-1',
    now: at(0),
    questionnaireId: QUESTIONNAIRE_ID,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    profile: { state: 'DE-NI', sector: 'hw-bau', employees: '10-49' },
  })
  return {
    ...base,
    answers: { q1: 'opt-a', q2: ['x', 'y'], q3: true, q4: 50, q5: 'Freitext', q6: { na: true } },
    notes: { q1: 'Nachfragen' },
    followUps: ['q2'],
    targets: { breitband: 3 },
    currentStep: 2,
    ...overrides,
  }
}

function summary(score: number | null, level: ScoreSummary['level']): ScoreSummary {
  return { score, level, completeness: 1, answered: 4, notApplicable: 1, visible: 5 }
}

export function sampleResult(questionnaire = `${QUESTIONNAIRE_ID}@${QUESTIONNAIRE_VERSION}`): AssessmentResult {
  return {
    engineVersion: '1.0.0',
    questionnaire,
    overall: summary(62.5, 4),
    dimensions: [
      { ...summary(40, 2), dimension: 'breitband' },
      { ...summary(85, 5), dimension: 'reifegrad' },
    ],
    topics: [{ ...summary(30, 2), topic: 'it-sicherheit', dimension: 'reifegrad' }],
  }
}

export function completedRecord(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return draftRecord({ status: 'completed', completedAt: at(30), updatedAt: at(30), result: sampleResult(), ...overrides })
}

export function companyRecord(overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    schemaVersion: 2,
    id: 'c-1',
    name: 'Tischlerei Meyer',
    state: 'DE-NI',
    sector: 'hw-bau',
    employees: '10-49',
    contactNotes: 'Herr Meyer, dienstags erreichbar',
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  }
}

export function outboxEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key: 'k-1',
    assessmentId: 'a-1',
    payload: { month: '2025-01', state: 'DE-NI', overall: 60 },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at(0),
    lastError: null,
    createdAt: at(0),
    sentAt: null,
    ...overrides,
  }
}
