// Starts the collector from environment variables (collector/README.md): `npm start -w collector`.
import { startCollector } from './collector.ts'
import { optionsFromEnvironment } from './config.ts'

let options
try {
  options = optionsFromEnvironment(process.env)
} catch (error) {
  console.error(`collector: ${(error as Error).message}`)
  process.exit(2)
}

const collector = await startCollector(options).catch((error: unknown) => {
  // A database that cannot be reached or opened: say so in one line, without a stack trace.
  console.error(`collector: cannot start: ${(error as Error).message}`)
  process.exit(1)
})
const where = options.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `PGlite in ${options.dataDir ?? 'collector/.data/pglite'}`
collector.app.log.info({ url: collector.url, database: collector.db.kind, allowedOrigins: options.allowedOrigins }, `collector listening, storing in ${where}`)
if (options.allowedOrigins?.length === 0) collector.app.log.warn('COLLECTOR_ALLOWED_ORIGINS is empty: browsers will refuse every cross-origin request')

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    collector.app.log.info({ signal }, 'closing')
    collector.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  })
}
