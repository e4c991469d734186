/**
 * Part of `npm run lint`: fails when modules of src/ import each other in a cycle (type-only imports
 * count too). Layer rules (views never import storage, stores never import i18n, a pure domain)
 * are ESLint rules in eslint.config.js; this is the one rule ESLint has no cheap check for.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importCycles, importGraph } from './import-graph.ts'

const SRC = resolve(fileURLToPath(new URL('../../src', import.meta.url)))
const cycles = importCycles(importGraph(SRC))
if (cycles.length === 0) {
  console.log('No import cycles in src/.')
} else {
  console.error(`${cycles.length} import cycle(s) in src/:`)
  for (const cycle of cycles) console.error(`  ${cycle.join(' <-> ')}`)
  process.exitCode = 1
}
