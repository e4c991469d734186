import type { Measure, MeasuresCatalogue } from '@/domain/measures/types'

const t = (s: string) => ({ de: s, en: s })

/** A valid measure open from 2024 without end, nationwide, without limits; override what a test needs. */
export function measure(id: string, overrides: Partial<Measure> = {}): Measure {
  return {
    id,
    title: t(id),
    summary: t(`${id} summary`),
    provider: 'Provider',
    kind: 'consultation',
    regions: ['DE'],
    eligibility: {},
    triggers: [{ dimension: 'reifegrad', below: 60, relevance: 1 }],
    facts: [],
    validFrom: '2024-01-01',
    lastVerified: '2026-11-01',
    statusVerified: true,
    url: 'https://example.org/measure',
    sources: ['https://example.org/source'],
    ...overrides,
  }
}

export function catalogue(measures: Measure[]): MeasuresCatalogue {
  return { formatVersion: 1, lastReviewed: '2026-11-20', measures }
}
