import { versionedShape } from '../../schema/versions'
import { outboxEntrySchemaV1, type OutboxEntryV1 } from './v1'

/** The outbox entry shape: every released version and the migrations between them. */
export type OutboxEntry = OutboxEntryV1
export type OutboxStatus = OutboxEntry['status']

export const outboxEntrySchema = outboxEntrySchemaV1

export const outboxEntryShape = versionedShape<OutboxEntry>('schemaVersion', [{ version: 1, schema: outboxEntrySchemaV1 }], { absentMeans: 1 })
