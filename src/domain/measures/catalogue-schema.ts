import { DIMENSION_IDS } from '../questionnaire/dimension-ids'
import * as yup from 'yup'
import { SECTOR_CODES, STATE_CODES, TURNOVER_CLASSES } from '../profile/profile-fields'
import { idSchema, localizedTextSchema, nonBlankString, strictObject } from '../schema-helpers'
import type { MeasureKind } from './types'
import { isIsoDate } from './validity'

/**
 * The structural rules of `questionnaires/measures.json` as a yup schema, validated in strict mode
 * (no casting). Tests specific to the catalogue carry names that `load-catalogue.ts` turns into
 * de/en messages (the rest go through the shared `yup-issues.ts`); rules across fields (duplicate
 * ids, date order) are checked there once the shape is right.
 * `questionnaires/schema/measures.schema.json` describes the same shape for authors.
 */

const MEASURE_KINDS: readonly MeasureKind[] = ['funding', 'consultation', 'training', 'network', 'information']
const REGION_CODES: readonly string[] = ['DE', ...STATE_CODES]
/** https only: the app must never send users to an unencrypted page. */
const HTTPS_URL = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#][^\s]*)?$/i

const text = () => nonBlankString()
const localizedText = () => localizedTextSchema().required()
/** Every object is required where it appears; `strictObject` reports unknown keys at their own path. */
const exactObject = <S extends yup.ObjectShape>(shape: S) => strictObject(shape).required()
const isoDate = () => yup.string().test('iso-date', 'invalid date', (v) => v === undefined || isIsoDate(v))
const httpsUrl = () => text().test('https-url', 'invalid url', (v) => v === undefined || HTTPS_URL.test(v))
const score = () => yup.number().required().min(0).max(100)
// A named test rather than moreThan(0): yup reports moreThan under the name `min`.
const relevance = () => yup.number().required().test('relevance', 'relevance', (v) => v === undefined || (v > 0 && v <= 1))

const dimensionTrigger = exactObject({
  dimension: text().oneOf(DIMENSION_IDS),
  below: score(),
  relevance: relevance(),
})
const topicTrigger = exactObject({ topic: text(), below: score(), relevance: relevance() })
const questionTrigger = exactObject({
  question: text(),
  answerIn: yup
    .array(
      yup.mixed().test('string-or-boolean', 'string or boolean', (v) => typeof v === 'string' || typeof v === 'boolean'),
    )
    .required()
    .min(1),
  relevance: relevance(),
})
const triggerKindMissing = yup.mixed().test('trigger-kind', 'trigger kind', () => false)

/** The trigger's kind is told by the key it carries; without one of them it cannot be checked further. */
const trigger = yup.lazy((value: unknown) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return triggerKindMissing
  const kinds = ['dimension', 'topic', 'question'].filter((key) => key in value)
  if (kinds.length !== 1) return triggerKindMissing
  if (kinds[0] === 'dimension') return dimensionTrigger
  return kinds[0] === 'topic' ? topicTrigger : questionTrigger
})

const eligibility = exactObject({
  maxEmployees: yup.number().integer().min(1),
  minEmployees: yup.number().integer().min(1),
  turnoverClasses: yup.array(text().oneOf(TURNOVER_CLASSES)).min(1),
  sectors: yup.array(text().oneOf([...SECTOR_CODES, 'craft'])).min(1),
})

const measure = exactObject({
  id: idSchema(),
  title: localizedText(),
  summary: localizedText(),
  provider: text(),
  kind: text().oneOf(MEASURE_KINDS),
  regions: yup.array(text().oneOf(REGION_CODES)).required().min(1),
  eligibility,
  triggers: yup.array(trigger).required(),
  facts: yup.array(exactObject({ label: localizedText(), value: localizedText() })).required(),
  validFrom: isoDate().required(),
  validUntil: isoDate(),
  lastVerified: isoDate().required(),
  statusVerified: yup.boolean().required(),
  contextOnly: yup.boolean(),
  url: httpsUrl(),
  sources: yup.array(httpsUrl()).required().min(1),
})

/** The whole catalogue file. `$schema` is allowed so editors can pick up the JSON Schema. */
export const catalogueSchema = exactObject({
  $schema: yup.string(),
  formatVersion: yup.number().required().oneOf([1]),
  lastReviewed: isoDate().required(),
  measures: yup.array(measure).required(),
})
