import { issue } from '../../schema/issue'
import { isPlainObject, parse, type ParseResult } from '../../schema/kit'
import { payloadSchemaV1, type SubmissionPayloadV1 } from './v1'
import { payloadSchemaV2, type SubmissionPayloadV2 } from './v2'

/**
 * The anonymous payload. Unlike stored records it is never migrated: a payload is sent in the
 * version it was made in (the outbox may still hold version 1 payloads), and the collector accepts
 * every released version. The app writes version 2 and checks each payload against its own
 * version's schema before it leaves the device.
 */
export type SubmissionPayload = SubmissionPayloadV2
export type AnySubmissionPayload = SubmissionPayloadV1 | SubmissionPayloadV2

export const payloadSchema = payloadSchemaV2
export const PAYLOAD_VERSION: SubmissionPayload['payloadVersion'] = 2

/** Checks a payload of any released version as it is (no migration), strictly: unknown keys are problems. */
export function parsePayload(value: unknown): ParseResult<AnySubmissionPayload> {
  const version = isPlainObject(value) ? value.payloadVersion : undefined
  if (version === 1) return parse(payloadSchemaV1, value)
  if (version === 2) return parse(payloadSchemaV2, value)
  return { ok: false, issues: [issue('$.payloadVersion', version === undefined ? 'required' : 'unknown-version', version === undefined ? undefined : { found: String(version).slice(0, 20), supported: PAYLOAD_VERSION })] }
}
export { CAMPAIGN_CODE } from './v2'
