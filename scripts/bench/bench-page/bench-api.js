// The app's storage module on `window.reifegradBench`, so scripts/bench can seed and time it in
// Chromium on the app's origin (same IndexedDB as the app). Plain JavaScript because it runs in the
// browser, and scripts/ is type-checked for Node (no DOM, no `@/` paths there).
import { listSummaries } from '@/storage/assessments-repository'
import { restoreAssessment } from '@/storage/assessment-removal'
import { saveCompany } from '@/storage/companies-repository'
import { listCompanyEntries } from '@/storage/companies-list'
import { openDatabase } from '@/storage/database'
import { applyImport } from '@/storage/exchange-repository'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { exportFile, planFileImport } from '@/stores/exchange-backup'
import { portfolioFile } from '@/stores/portfolio-file'
import { PORTFOLIO_COLUMNS } from '@/domain/exchange/portfolio-csv'
import { fill } from '@/i18n/translator'
import storedChecksDe from '@/i18n/messages/stored-checks-de'

// The level names the portfolio table writes, as the companies page passes them: every version of
// the flagship (the seeded checks use the latest, scripts/bench/seed-records.ts).
const flagshipVersions = import.meta.glob('../../../questionnaires/digitalisierungsgrad-check/*.json', { eager: true, import: 'default' })
const questionnaires = new Map(
  Object.values(flagshipVersions)
    .map((file) => loadQuestionnaire(file))
    .filter((loaded) => loaded.ok)
    .map((loaded) => [`${loaded.questionnaire.id}@${loaded.questionnaire.version}`, loaded.questionnaire]),
)

/** The portfolio table's German words, as the export actions build them from the messages. */
function portfolioWords() {
  const { indicatorFields, portfolio } = storedChecksDe
  const header = PORTFOLIO_COLUMNS.map((column) => {
    if (column.kind === 'field-score') return indicatorFields[column.dimension]
    if (column.kind === 'field-level') return fill(portfolio.levelOf, { field: indicatorFields[column.dimension] })
    return portfolio[column.kind]
  })
  return { header, ownBusiness: portfolio.ownBusiness, locale: 'de' }
}

/** The last JSON export, which the import then reads back. */
let lastExport = null

/** Empties companies and checks, so the import below writes every record (a backup restored on a new device). */
async function emptyDatabase() {
  const database = await openDatabase()
  const transaction = database.transaction(['companies', 'assessments', 'summaries'], 'readwrite')
  await Promise.all([...transaction.objectStoreNames].map((name) => transaction.objectStore(name).clear()))
  await transaction.done
}

/**
 * Operations the bench times, by name (see STORAGE_METRICS in scripts/bench/storage-bench.ts).
 * A feature that is not built yet has no entry and is reported as "n/a". An entry is the function
 * timed, or `{ prepare, run }` when something must happen first that is not part of the timing.
 */
const OPERATIONS = {
  listFirstPage: () => listSummaries({ limit: 50 }),
  listCompanyFirstPage: (companyId) => listSummaries({ companyId, limit: 50 }),
  companyList: () => listCompanyEntries(),
  csvExport: () => portfolioFile(portfolioWords(), async (id, version) => questionnaires.get(`${id}@${version}`) ?? null),
  jsonExport: async () => (lastExport = await exportFile()),
  jsonImport: {
    prepare: emptyDatabase,
    run: async () => {
      const parsed = parseImportFile(lastExport.text)
      if (!parsed.ok) throw new Error(`The export does not import: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
      await applyImport(await planFileImport(parsed.file))
    },
  },
}

/** Writes companies and checks the way an import or an undo does, one transaction per record. */
async function seed({ companies, checks }) {
  const start = performance.now()
  // New companies (nothing they were edited from): `basedOn` null.
  for (const company of companies) await saveCompany(company, null)
  for (const check of checks) await restoreAssessment(check)
  return performance.now() - start
}

/** Milliseconds one run of an operation takes, or null when the app has no such feature yet. */
async function time(name, argument) {
  const operation = OPERATIONS[name]
  if (!operation) return null
  const run = typeof operation === 'function' ? operation : operation.run
  if (typeof operation !== 'function') await operation.prepare(argument)
  const start = performance.now()
  await run(argument)
  return performance.now() - start
}

window.reifegradBench = { seed, time }
