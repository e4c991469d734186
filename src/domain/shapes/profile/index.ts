import { expressionKinds } from './field-table'
import { PROFILE_FIELDS_V2, SECTOR_CODES_V2, TRADE_TAX_CODES, profileSchemaV2, type ProfileV2 } from './v2'

/**
 * The current profile version: what the app writes and the form asks. Older versions are migrated
 * by the assessment shape that holds a profile (its `up()` calls `upProfile`).
 */
export const PROFILE_FIELDS = PROFILE_FIELDS_V2
export const profileSchema = profileSchemaV2
export type Profile = ProfileV2

export const SECTOR_CODES = SECTOR_CODES_V2
export type SectorCode = (typeof SECTOR_CODES)[number]
export type TradeTaxCode = (typeof TRADE_TAX_CODES)[number]
export type ProfileFieldId = keyof typeof PROFILE_FIELDS

/** Every profile field a `visibleIf` may reference, with its kind. */
export const PROFILE_FIELD_KINDS = expressionKinds(PROFILE_FIELDS)

/** Allowed codes per enumerated profile field, for expression and file validation. */
export const PROFILE_ENUMS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(PROFILE_FIELDS).flatMap(([id, spec]) => (spec.kind === 'enum' ? [[id, spec.codes]] : [])),
)

/** Crafts (Handwerk) sector groups start with `hw-`. */
export function isCraftSector(code: string): boolean {
  return code.startsWith('hw-')
}

export { TRADE_TAX_CODES, STATE_OF_AGS_PREFIX, upProfile } from './v2'
export { DISTRICT_CODE, type ProfileFieldSpec, type FormUse } from './field-table'
export * from './codes'
