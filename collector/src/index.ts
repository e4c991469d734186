/**
 * What other parts of Reifegrad may use of the collector: start one (the app's browser tests do,
 * on loopback), publish a snapshot on demand, and the shapes it answers with.
 */
export { startCollector, normaliseBasePath, type CollectorOptions, type RunningCollector } from './collector.ts'
export { optionsFromEnvironment } from './config.ts'
export { publishSnapshot, type PublishOptions, type PublishReport } from './jobs/publish-job.ts'
export { openDatabase, type Database, type DatabaseOptions } from './db/database.ts'
export { migrate } from './db/migrate.ts'
export { DEFAULT_RULES, type PublishedCell, type MeasureSummary, type PublicationRules } from './core/types.ts'
export { BREAKDOWNS } from './core/breakdowns.ts'
