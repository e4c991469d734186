// Builds the app into a given directory and prints its byte figures and budget checks as JSON.
// Used by the budget test (tests/unit/budgets), which cannot import scripts/ under its tsconfig.
// Usage: tsx scripts/bench/bundle-report.ts <outDir>
import { buildApp } from './build-app'
import { checkByteBudgets, measureBundle } from './bundle-size'

const outDir = process.argv[2]
if (!outDir) {
  console.error('Usage: tsx scripts/bench/bundle-report.ts <outDir>')
  process.exit(2)
}
await buildApp(outDir)
const figures = measureBundle(outDir)
process.stdout.write(`${JSON.stringify({ figures, budgets: checkByteBudgets(figures) })}\n`)
