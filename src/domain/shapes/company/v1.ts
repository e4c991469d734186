import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, recordId, text, timestamp } from '../../schema/fields'
import { literal, nullable, object, oneOf, string, type Infer } from '../../schema/kit'
import { EMPLOYEE_CLASSES, STATE_CODES } from '../profile/codes'
import { SECTOR_CODES_V1 } from '../profile/v1'

/** The fields of a client business in consultant mode, version 1 as released. */
export const companyFieldsV1 = {
  schemaVersion: literal(1),
  id: recordId(),
  name: string({ min: 1, max: MAX_ID_LENGTH, nonBlank: true }),
  state: nullable(oneOf(STATE_CODES)),
  sector: nullable(oneOf(SECTOR_CODES_V1)),
  employees: nullable(oneOf(EMPLOYEE_CLASSES)),
  contactNotes: text(MAX_TEXT_LENGTH),
  createdAt: timestamp(),
  updatedAt: timestamp(),
}

export const companySchemaV1 = object(companyFieldsV1)

export type CompanyV1 = Infer<typeof companySchemaV1>
