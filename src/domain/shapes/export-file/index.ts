import { versionedShape } from '../../schema/versions'
import { exportFileSchemaV1 } from './v1'
import { exportFileSchemaV2, up as upToV2, type ExportFileV2 } from './v2'

/** The export file shape: every released format version and the migrations between them. */
export type ExportFile = ExportFileV2

export const exportFileSchema = exportFileSchemaV2

export const exportFileShape = versionedShape<ExportFile>('formatVersion', [
  { version: 1, schema: exportFileSchemaV1 },
  { version: 2, schema: exportFileSchemaV2, up: upToV2 },
])

export const EXPORT_FORMAT_VERSION: ExportFile['formatVersion'] = 2

export * from './constants'
export { fileRuleIssues } from './file-rules'
