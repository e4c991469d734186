// Deletes submissions received more than N months ago: `npm run retention -w collector -- [N]`
// (N defaults to COLLECTOR_RETENTION_MONTHS). Deleting changes the published figures, so it runs
// as a publication: what cannot leave the figures safely yet is kept and reported (METHOD.md).
import { publishSnapshot } from '../jobs/publish-job.ts'
import { openDatabaseFromEnvironment, runTool } from './open-from-environment.ts'

await runTool(async () => {
  const { db, retentionMonths: configured } = await openDatabaseFromEnvironment()
  try {
    const argument = process.argv[2]
    const months = argument === undefined ? configured : Number(argument)
    if (!months || !Number.isInteger(months) || months < 1) throw new Error('give the months to keep (argument or COLLECTOR_RETENTION_MONTHS), a whole number ≥ 1')
    const report = await publishSnapshot(db, { retentionMonths: months })
    console.log(`Kept the last ${months} months: deleted ${report.deleted} submissions, ${report.heldBack} due ones held back until they can leave the figures safely.`)
  } finally {
    await db.close()
  }
})
