import { openDatabase, type Database } from '../db/database.ts'
import { migrate } from '../db/migrate.ts'
import { optionsFromEnvironment } from '../config.ts'

/** Opens and migrates the database the environment names, for the command-line tools. */
export async function openDatabaseFromEnvironment(): Promise<{ db: Database; retentionMonths: number | null }> {
  const options = optionsFromEnvironment(process.env)
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, poolSize: options.poolSize })
  await migrate(db)
  return { db, retentionMonths: options.retentionMonths ?? null }
}

/** Runs a command-line tool: prints its error and sets the exit code instead of a stack trace. */
export async function runTool(work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    console.error(`collector: ${(error as Error).message}`)
    process.exitCode = 1
  }
}
