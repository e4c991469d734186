import type { DimensionId, EmployeeClass, SectorGroup, StateCode } from './codes.ts'

/** A score 0..100 with its maturity level 1..5, as both payload versions carry them. */
export interface ScoreLevel {
  score: number
  level: number
}

/** Payload version 1 after schema validation (tests/collector/CONTRACT.md). */
export interface PayloadV1 {
  payloadVersion: 1
  key: string
  questionnaire: string
  month: string
  state: StateCode
  district?: string
  sector: string
  employees: EmployeeClass
  overall: ScoreLevel
  dimensions: (ScoreLevel & { dimension: DimensionId })[]
}

/** Payload version 2 after schema validation (docs/interfaces-v2.md §3). */
export interface PayloadV2 {
  payloadVersion: 2
  key: string
  questionnaire: string
  month: string
  state: StateCode
  district?: string
  campaign?: string
  sectorGroup: SectorGroup
  employees: EmployeeClass
  overall: ScoreLevel
  dimensions: (ScoreLevel & { dimension: DimensionId })[]
  context?: { question: string; answer: string }[]
  plan?: { dimension: DimensionId; planned: number; done: number }[]
}

export type Payload = PayloadV1 | PayloadV2

/** A payload as the collector stores it: classes and scores only, one shape for both versions. */
export interface StoredSubmission {
  key: string
  payloadHash: string
  payloadVersion: 1 | 2
  questionnaire: string
  month: string
  receivedMonth: string
  state: StateCode
  district: string | null
  campaign: string | null
  sectorGroup: SectorGroup
  employees: EmployeeClass
  overall: ScoreLevel
  dimensions: Partial<Record<DimensionId, ScoreLevel>>
  context: Record<string, string>
  plan: Partial<Record<DimensionId, { planned: number; done: number }>>
}
