import { literal, nullable, object, oneOf, type Infer } from '../../schema/kit'
import { SECTOR_CODES_V2, upProfile } from '../profile/v2'
import { companyFieldsV1, type CompanyV1 } from './v1'

/** Version 2: the sector codes of profile version 2. */
export const companySchemaV2 = object({
  ...companyFieldsV1,
  schemaVersion: literal(2),
  sector: nullable(oneOf(SECTOR_CODES_V2)),
})

export type CompanyV2 = Infer<typeof companySchemaV2>

/** Version 1 → 2: the sector moves as a profile's does. */
export function up(old: CompanyV1): CompanyV2 {
  const sector = old.sector === null ? null : (upProfile({ sector: old.sector }).sector ?? null)
  return { ...old, schemaVersion: 2, sector }
}
