import { DIMENSION_IDS } from '../indicator-fields'
import { MEASURE_KINDS } from '../measure-kinds'
import { fileId, isoDate, localizedText } from '../schema/fields'
import { array, custom, isPlainObject, literal, number, object, oneOf, optional, report, string, type Infer, type Schema } from '../schema/kit'
import { DISTRICT_CODE, SECTOR_CODES, STATE_CODES, TURNOVER_CLASSES } from '../shapes/profile'

/**
 * The measures catalogue (`questionnaires/measures.json`, format 2). Dates are ISO calendar dates
 * (YYYY-MM-DD) and are compared as dates, never with a clock. Rules across fields are in
 * `catalogue-checks.ts`; `questionnaires/schema/measures.schema.json` describes the same shape for
 * authors.
 */

/** https only: the app must never send users to an unencrypted page. */
const HTTPS_URL = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#][^\s]*)?$/i
const httpsUrl = () => string({ max: 1000, pattern: HTTPS_URL, format: 'https-url' })
const score = () => number({ min: 0, max: 100 })
const relevance = () => number({ above: 0, max: 1 })
const text = (max = 2000) => string({ min: 1, max, nonBlank: true })

const dimensionTrigger = object({ dimension: oneOf(DIMENSION_IDS), below: score(), relevance: relevance() })
const topicTrigger = object({ topic: fileId(), below: score(), relevance: relevance() })
const questionTrigger = object({
  question: fileId(),
  answerIn: array(custom<string | boolean>((value, path, context) => (typeof value === 'string' || typeof value === 'boolean' ? value : report(context, path, 'wrong-type', { expected: 'string', found: typeof value }))), { min: 1, max: 50 }),
  relevance: relevance(),
})

/** The kind of a trigger is told by the key it carries. */
const trigger: Schema<Infer<typeof dimensionTrigger> | Infer<typeof topicTrigger> | Infer<typeof questionTrigger>, false> = custom((value, path, context) => {
  if (isPlainObject(value) && 'dimension' in value) return dimensionTrigger.check(value, path, context)
  if (isPlainObject(value) && 'topic' in value) return topicTrigger.check(value, path, context)
  return questionTrigger.check(value, path, context)
})

const eligibility = object({
  /** Highest allowed headcount (e.g. 49 for "fewer than 50"); checked on the exact headcount when known, else on the class. */
  maxEmployees: optional(number({ min: 1, integer: true })),
  minEmployees: optional(number({ min: 1, integer: true })),
  /** The highest number of full-time equivalents (e.g. 49.99 for "fewer than 50 FTE"). */
  maxFte: optional(number({ above: 0 })),
  turnoverClasses: optional(array(oneOf(TURNOVER_CLASSES), { min: 1, max: TURNOVER_CLASSES.length })),
  /** Only these sectors; `craft` stands for every `hw-*` code. */
  sectors: optional(array(oneOf([...SECTOR_CODES, 'craft'] as const), { min: 1, max: 40 })),
  excludedSectors: optional(array(oneOf([...SECTOR_CODES, 'craft'] as const), { min: 1, max: 40 })),
  /** Only businesses liable to trade tax (Gewerbesteuer) may apply. */
  tradeTaxLiable: optional(literal(true)),
  /** Conditions the profile cannot show (de-minimis, project not started, …), shown on the card. */
  notes: optional(localizedText(1000)),
})

const measure = object({
  id: fileId(),
  title: localizedText(200),
  summary: localizedText(1500),
  provider: text(300),
  kind: oneOf(MEASURE_KINDS),
  /** `DE` or state codes. */
  regions: array(oneOf(['DE', ...STATE_CODES] as const), { min: 1, max: 17 }),
  /** Only these Kreise (official codes), all inside `regions`. */
  districts: optional(array(string({ pattern: DISTRICT_CODE, format: 'district-code' }), { min: 1, max: 400 })),
  /** Of the entries in one group the app shows only the one nearest to the business. */
  contactGroup: optional(fileId()),
  eligibility,
  triggers: array(trigger, { max: 30 }),
  facts: array(object({ label: localizedText(200), value: localizedText(500) }), { max: 20 }),
  validFrom: isoDate(),
  validUntil: optional(isoDate()),
  /** `verified`: validity and conditions confirmed on `lastVerified`; `unverified`: `unknowns` says what is open. */
  status: oneOf(['verified', 'unverified'] as const),
  unknowns: optional(localizedText(1000)),
  /** A successor period was announced but is not confirmed. */
  successor: optional(object({ announced: isoDate(), note: localizedText(1000) })),
  lastVerified: isoDate(),
  url: httpsUrl(),
  sources: array(object({ url: httpsUrl(), title: text(300), seen: isoDate() }), { min: 1, max: 20 }),
})

/** The whole catalogue file. `$schema` is allowed so editors can pick up the JSON Schema. */
export const catalogueSchema = object({
  $schema: optional(string({ max: 500 })),
  formatVersion: literal(2),
  /** "Stand": the date the catalogue as a whole was last reviewed. */
  lastReviewed: isoDate(),
  measures: array(measure, { max: 1000 }),
})

export type MeasuresCatalogue = Omit<Infer<typeof catalogueSchema>, '$schema'>
export type Measure = Infer<typeof measure>
export type Eligibility = Measure['eligibility']
export type Trigger = Measure['triggers'][number]
export type KeyFact = Measure['facts'][number]
export type { MeasureKind } from '../measure-kinds'

/** Information (e.g. broadband advice for the municipality): shown as context, never as something to apply for. */
export const isInformationOnly = (measure: Pick<Measure, 'kind'>) => measure.kind === 'information'
