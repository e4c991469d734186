import { versionedShape } from '../../schema/versions'
import { companySchemaV1 } from './v1'
import { companySchemaV2, up as upToV2, type CompanyV2 } from './v2'

/** The company shape: every released version and the migrations between them. */
export type CompanyRecord = CompanyV2

export const companySchema = companySchemaV2

export const companyShape = versionedShape<CompanyRecord>('schemaVersion', [
  { version: 1, schema: companySchemaV1 },
  { version: 2, schema: companySchemaV2, up: upToV2 },
])

export const COMPANY_VERSION: CompanyRecord['schemaVersion'] = 2
