import { randomUUID } from 'node:crypto'

/** Valid payloads for HTTP tests, each with a fresh random key. */

export function payloadV2(overrides: Record<string, unknown> = {}): Record<string, unknown> & { key: string } {
  return {
    payloadVersion: 2,
    key: randomUUID(),
    questionnaire: 'digitalisierungsgrad-check@2.0.0',
    month: '2026-11',
    state: 'DE-NI',
    district: '03241',
    campaign: 'hwk-hannover-2027',
    sectorGroup: 'handwerk-bau',
    employees: '10-49',
    overall: { score: 42, level: 3 },
    dimensions: [
      { dimension: 'reifegrad', score: 35, level: 2 },
      { dimension: 'bildung', score: 50, level: 3 },
    ],
    context: [{ question: 'bb-available-at-address', answer: 'fibre' }],
    plan: [{ dimension: 'reifegrad', planned: 4, done: 2 }],
    ...overrides,
  }
}

export function payloadV1(overrides: Record<string, unknown> = {}): Record<string, unknown> & { key: string } {
  return {
    payloadVersion: 1,
    key: randomUUID(),
    questionnaire: 'digitalisierungsgrad-check@1.0.0',
    month: '2026-11',
    state: 'DE-BY',
    sector: 'hw-elektro-metall',
    employees: '10-49',
    overall: { score: 42, level: 3 },
    dimensions: [{ dimension: 'bildung', score: 35, level: 2 }],
    ...overrides,
  }
}
