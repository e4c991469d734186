import type { Benchmark } from '@/domain/scoring/compare'
import { collectorUrl } from '@/domain/submission/endpoint'
import { DIMENSION_IDS, type DimensionId } from '@/domain/indicator-fields'

export interface BenchmarkQuery {
  questionnaire: string
  state: string
  sector: string
  employees: string
}

/**
 * Asks the collector for the benchmark of the business's group. Null when the group is too small,
 * the collector offers none, or it cannot be reached: the results page then shows nothing.
 */
export async function fetchBenchmark(endpoint: URL, query: BenchmarkQuery, fetchImpl: typeof fetch = fetch): Promise<Benchmark | null> {
  const url = collectorUrl(endpoint, 'benchmarks')
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  try {
    const response = await fetchImpl(url, { credentials: 'omit' })
    if (!response.ok) return null
    return parseBenchmark(await response.json())
  } catch {
    return null
  }
}

/** Takes only well-formed numbers from the answer; anything else means no benchmark. */
export function parseBenchmark(value: unknown): Benchmark | null {
  if (typeof value !== 'object' || value === null) return null
  const body = value as { groupSize?: unknown; overall?: unknown; dimensions?: unknown }
  const isScore = (score: unknown): score is number => typeof score === 'number' && score >= 0 && score <= 100
  if (typeof body.groupSize !== 'number' || !Number.isInteger(body.groupSize) || !isScore(body.overall)) return null
  const dimensions: Partial<Record<DimensionId, number>> = {}
  const given = typeof body.dimensions === 'object' && body.dimensions !== null ? (body.dimensions as Record<string, unknown>) : {}
  for (const id of DIMENSION_IDS) {
    const score = given[id]
    if (isScore(score)) dimensions[id] = score
  }
  return { groupSize: body.groupSize, overall: body.overall, dimensions }
}
