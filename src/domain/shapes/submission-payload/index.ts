import { versionedShape } from '../../schema/versions'
import { payloadSchemaV1, type SubmissionPayloadV1 } from './v1'

/**
 * The anonymous payload. Unlike stored records it is never migrated: a payload is sent in the
 * version it was made in, and the collector accepts every released version. The app checks each
 * payload against its schema before it leaves the device.
 */
export type SubmissionPayload = SubmissionPayloadV1

export const payloadShape = versionedShape<SubmissionPayload>('payloadVersion', [{ version: 1, schema: payloadSchemaV1 }])

export const PAYLOAD_VERSION = payloadShape.current as SubmissionPayload['payloadVersion']
