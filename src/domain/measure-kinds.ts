/** Kinds of support measures; shared by the catalogue and by the next steps of questionnaires. */
export const MEASURE_KINDS = ['funding', 'consultation', 'training', 'network', 'information'] as const

export type MeasureKind = (typeof MEASURE_KINDS)[number]
