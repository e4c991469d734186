// Applies pending migrations and exits: `npm run migrate -w collector` (the service also does this at start).
import { migrationFiles } from '../db/migrate.ts'
import { openDatabaseFromEnvironment, runTool } from './open-from-environment.ts'

await runTool(async () => {
  const { db } = await openDatabaseFromEnvironment()
  await db.close()
  const newest = migrationFiles().at(-1)
  console.log(`Database is at migration ${newest?.version ?? 0} (${newest?.name ?? 'none'}).`)
})
