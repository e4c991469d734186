import type { DimensionId } from './types'

/** The seven Strategierat indicator fields in their fixed order; every questionnaire uses these ids. */
export const DIMENSION_IDS: readonly DimensionId[] = [
  'bildung', 'beratung', 'umsetzung', 'reifegrad', 'breitband', 'breitband-bildung', 'fachkraefte',
]
