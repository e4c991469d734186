/**
 * The seven indicator fields of the Strategierat Niedersachsen, which every questionnaire scores
 * (as dimensions), and the five maturity levels. Shared by the questionnaire model, the stored
 * shapes and the anonymous payload, so it depends on nothing.
 */

/** The seven fields in their fixed order; every questionnaire uses these ids. */
export const DIMENSION_IDS = [
  'bildung', 'beratung', 'umsetzung', 'reifegrad', 'breitband', 'breitband-bildung', 'fachkraefte',
] as const

export type DimensionId = (typeof DIMENSION_IDS)[number]

export const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const

export type LevelNumber = (typeof LEVEL_NUMBERS)[number]

/** True for a maturity level 1..5. */
export function isLevelNumber(value: unknown): value is LevelNumber {
  return LEVEL_NUMBERS.includes(value as LevelNumber)
}

/** True for one of the seven field ids. */
export function isDimensionId(value: unknown): value is DimensionId {
  return DIMENSION_IDS.includes(value as DimensionId)
}
