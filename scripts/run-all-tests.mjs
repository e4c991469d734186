// Runs every test: builds the app, then the unit, component and browser (Chromium) projects in one
// vitest run. Ends with the line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false })

// The browser tests need a system Chromium (Playwright cannot download one here). On a fresh
// Debian machine where we are root, install the distribution package; otherwise the browser
// tests fail with a message that says what to install.
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
const hasChromium = process.env.CHROMIUM_PATH || CHROMIUM_PATHS.some((path) => existsSync(path))
if (!hasChromium && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the browser tests ...')
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'])
}

const build = run('npx', ['vite', 'build', '--logLevel', 'warn'])
if (build.status !== 0) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'reifegrad-tests-'))
const report = join(dir, 'report.json')
const tests = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)])

let passed = 0
let failed = 0
try {
  const result = JSON.parse(readFileSync(report, 'utf8'))
  passed = result.numPassedTests
  failed = result.numFailedTests
  // A test file that fails to load counts as a failure even if it declared no tests.
  failed += result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
} catch {
  failed = Math.max(failed, 1)
}
// Errors outside any test (an unhandled rejection, a crashed worker) fail the run without failing a test.
if (tests.status !== 0 && failed === 0) {
  console.log('The test run failed outside of any single test (see the errors above).')
  failed = 1
}
rmSync(dir, { recursive: true, force: true })
console.log(`${passed} passed, ${failed} failed`)
process.exit(tests.status === 0 && failed === 0 ? 0 : 1)
