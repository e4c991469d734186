import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * A production build configured with a collector URL (VITE_SUBMISSION_URL), in its own directory:
 * the collector's port is only known when the test starts it, and the normal dist/ stays the
 * unconfigured build the other browser tests use.
 */
export function buildWithCollector(collectorUrl: string, outDir = mkdtempSync(join(tmpdir(), 'reifegrad-dist-collector-'))): string {
  const root = resolve(import.meta.dirname, '../../..')
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITE_SUBMISSION_URL: collectorUrl, NODE_ENV: 'production' },
    timeout: 120_000,
  })
  if (run.status !== 0) throw new Error(`Build with collector failed:\n${run.stdout}${run.stderr}`)
  return outDir
}
