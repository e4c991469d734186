// The app's storage module on `window.reifegradBench`, so scripts/bench can seed and time it in
// Chromium on the app's origin (same IndexedDB as the app). Plain JavaScript because it runs in the
// browser, and scripts/ is type-checked for Node (no DOM, no `@/` paths there).
import { listSummaries, restoreAssessment } from '@/storage/assessments-repository'
import { saveCompany } from '@/storage/companies-repository'

/**
 * Operations the bench times, by name (see STORAGE_METRICS in scripts/bench/storage-bench.ts).
 * A feature that is not built yet has no entry and is reported as "n/a". When it lands, import it
 * above and add its one line here, e.g.
 *   csvExport: () => exportChecksAsCsv(),
 *   jsonExport: async () => (lastExport = await exportAllAsJson()),
 *   jsonImport: () => importFromJson(lastExport),
 */
const OPERATIONS = {
  listFirstPage: () => listSummaries({ limit: 50 }),
  listCompanyFirstPage: (companyId) => listSummaries({ companyId, limit: 50 }),
}

/** Writes companies and checks the way an import or an undo does, one transaction per record. */
async function seed({ companies, checks }) {
  const start = performance.now()
  for (const company of companies) await saveCompany(company)
  for (const check of checks) await restoreAssessment(check)
  return performance.now() - start
}

/** Milliseconds one run of an operation takes, or null when the app has no such feature yet. */
async function time(name, argument) {
  const operation = OPERATIONS[name]
  if (!operation) return null
  const start = performance.now()
  await operation(argument)
  return performance.now() - start
}

window.reifegradBench = { seed, time }
