import type { Measure, MeasuresCatalogue } from '@/domain/measures/catalogue-format'

const t = (s: string) => ({ de: s, en: s })

/** A valid, verified measure open from 2024 without end, nationwide, without limits; override what a test needs. */
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
    status: 'verified',
    lastVerified: '2026-11-01',
    url: 'https://example.org/measure',
    sources: [{ url: 'https://example.org/source', title: 'Source', seen: '2026-11-01' }],
    ...overrides,
  }
}

export function catalogue(measures: Measure[]): MeasuresCatalogue {
  return { formatVersion: 2, lastReviewed: '2026-11-20', measures }
}
