/**
 * Validates questionnaire files, the measures catalogue and the districts list; run in CI as
 * `npm run validate:questionnaires [--lang de|en] [--publish] [--lock file] [--today YYYY-MM-DD] [files…]`.
 * With no files it checks every questionnaire version (`questionnaires/<id>/<version>.json`) and the
 * data files in `questionnaires/`. Questionnaires are also checked against the lock
 * `questionnaires/published.json`: a published id@version must never change (bump the version
 * instead); `--publish` adds missing lock entries, never replaces one. The catalogue's freshness is
 * judged on `--today` (default: today). Exits with 1 when any file has errors.
 */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultFiles, validateFiles, type Language, type ValidateOptions } from './lib/validate-files.ts'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const QUESTIONNAIRE_DIR = join(ROOT, 'questionnaires')

function parseArguments(args: string[]): ValidateOptions {
  const today = new Date().toISOString().slice(0, 10)
  const options: ValidateOptions = { language: 'both', publish: false, lockFile: join(QUESTIONNAIRE_DIR, 'published.json'), files: [], today, cwd: process.cwd() }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const value = (name: string) => (arg === name ? args[++i] : arg.slice(name.length + 1))
    if (arg === '--publish') options.publish = true
    else if (arg === '--lock') options.lockFile = resolve(String(args[++i]))
    else if (arg === '--today' || arg.startsWith('--today=')) {
      const day = value('--today')
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(day))) throw new Error(`--today expects YYYY-MM-DD, got ${String(day)}`)
      options.today = String(day)
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const language = value('--lang')
      if (language !== 'de' && language !== 'en') throw new Error(`--lang expects de or en, got ${String(language)}`)
      options.language = language as Language
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`)
    else options.files.push(resolve(arg))
  }
  if (options.files.length === 0) options.files = defaultFiles(QUESTIONNAIRE_DIR)
  return options
}

try {
  const outcome = validateFiles(parseArguments(process.argv.slice(2)))
  for (const line of outcome.lines) console.log(line)
  // exitCode instead of exit(): lets buffered output reach a pipe before the process ends.
  process.exitCode = outcome.exitCode
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
