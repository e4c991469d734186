// Publishes a snapshot now: `npm run publish -w collector`. Applies COLLECTOR_RETENTION_MONTHS
// too. With PGlite, stop the running collector first (it publishes on its own schedule anyway).
import { publishSnapshot } from '../jobs/publish-job.ts'
import { openDatabaseFromEnvironment, runTool } from './open-from-environment.ts'

await runTool(async () => {
  const { db, retentionMonths } = await openDatabaseFromEnvironment()
  try {
    const report = await publishSnapshot(db, { retentionMonths })
    const { snapshot, ...figures } = report
    console.log(JSON.stringify({ snapshot, ...figures, durationMs: Math.round(report.durationMs) }))
    console.log(report.created ? `Published snapshot ${snapshot?.id}: ${report.cells} cells.` : snapshot ? `Nothing changed; snapshot ${snapshot.id} stands.` : 'Nothing to publish yet.')
  } finally {
    await db.close()
  }
})
