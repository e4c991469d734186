import { randomUUID } from 'node:crypto'

/**
 * Varied, valid v2 payloads for the bench: mostly one region (DE-NI, a few districts and a
 * campaign), every sector group and size class, random scores. Deterministic but for the keys.
 */

const DIMENSIONS = ['bildung', 'beratung', 'umsetzung', 'reifegrad', 'breitband', 'breitband-bildung', 'fachkraefte']
const SECTOR_GROUPS = ['handwerk-bau', 'handwerk-produktion', 'handwerk-personen', 'industrie', 'handel', 'dienstleistung', 'gastgewerbe', 'sonstige']
const EMPLOYEES = ['1-9', '10-49', '50-249', '250+']
const NI_DISTRICTS = ['03241', '03251', '03252', '03254', '03255']

/** A small seeded generator, so two bench runs send the same mix. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const levelOf = (score: number) => Math.min(5, 1 + Math.floor(score / 20))

/** `count` payloads with fresh random keys. */
export function benchPayloads(count: number, seed = 1): (Record<string, unknown> & { key: string })[] {
  const random = generator(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  return Array.from({ length: count }, () => {
    const inRegion = random() < 0.8
    const score = Math.floor(random() * 101)
    return {
      payloadVersion: 2,
      key: randomUUID(),
      questionnaire: 'digitalisierungsgrad-check@2.0.0',
      month: '2026-11',
      state: inRegion ? 'DE-NI' : 'DE-HB',
      ...(inRegion && random() < 0.6 ? { district: pick(NI_DISTRICTS) } : {}),
      ...(inRegion && random() < 0.3 ? { campaign: 'hwk-hannover-2027' } : {}),
      sectorGroup: pick(SECTOR_GROUPS),
      employees: pick(EMPLOYEES),
      overall: { score, level: levelOf(score) },
      dimensions: DIMENSIONS.map((dimension) => {
        const value = Math.floor(random() * 101)
        return { dimension, score: value, level: levelOf(value) }
      }),
      context: [{ question: 'bb-available-at-address', answer: pick(['fibre', 'cable', 'dsl', 'none']) }],
      plan: [{ dimension: 'reifegrad', planned: 4, done: Math.floor(random() * 5) }],
    }
  })
}
