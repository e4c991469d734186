/**
 * Validates questionnaire files and the measures catalogue; run in CI as
 * `npm run validate:questionnaires [--lang de|en] [--publish] [--lock file] [files…]`.
 * With no files it checks every `questionnaires/*.json` except `published.json`. Questionnaires
 * are also checked against the lock `questionnaires/published.json`: a published id@version must
 * never change (bump the version instead). `--publish` adds missing lock entries, never replaces one.
 * Exits with 1 when any file has errors.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locale, LocalizedText } from '../src/domain/questionnaire/types'
import { loadQuestionnaire, publishedLockIssue } from '../src/domain/questionnaire/validate-questionnaire'
import type { ValidationIssue } from '../src/domain/validation-issue'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const QUESTIONNAIRE_DIR = join(ROOT, 'questionnaires')
const DEFAULT_LOCK_FILE = join(QUESTIONNAIRE_DIR, 'published.json')
// Imported by path at run time: the measures loader is optional for this script.
const MEASURES_LOADER = new URL('../src/domain/measures/load-catalogue.ts', import.meta.url)

type LoadResult = { ok: true } | { ok: false; errors: ValidationIssue[] }
type Language = Locale | 'both'

interface Options {
  language: Language
  publish: boolean
  /** The lock to check and extend; another file only for tests. */
  lockFile: string
  files: string[]
}

function parseArguments(args: string[]): Options {
  const options: Options = { language: 'both', publish: false, lockFile: DEFAULT_LOCK_FILE, files: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--publish') options.publish = true
    else if (arg === '--lock') options.lockFile = resolve(String(args[++i]))
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length)
      if (value !== 'de' && value !== 'en') throw new Error(`--lang expects de or en, got ${String(value)}`)
      options.language = value
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`)
    else options.files.push(resolve(arg))
  }
  if (options.files.length === 0) {
    options.files = readdirSync(QUESTIONNAIRE_DIR)
      .filter((name) => name.endsWith('.json') && name !== 'published.json')
      .sort()
      .map((name) => join(QUESTIONNAIRE_DIR, name))
  }
  return options
}

function text(message: LocalizedText, language: Language): string {
  return language === 'both' ? `${message.de} (${message.en})` : message[language]
}

function isMeasuresFile(path: string, input: unknown): boolean {
  const schema = typeof input === 'object' && input !== null ? (input as { $schema?: unknown }).$schema : undefined
  return basename(path) === 'measures.json' || (typeof schema === 'string' && schema.endsWith('measures.schema.json'))
}

async function loadMeasures(input: unknown): Promise<LoadResult | undefined> {
  if (!existsSync(fileURLToPath(MEASURES_LOADER))) return undefined
  const module = (await import(MEASURES_LOADER.href)) as { loadMeasuresCatalogue?: (input: unknown) => LoadResult }
  return module.loadMeasuresCatalogue?.(input)
}

function readLock(file: string): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2))
  const lock = readLock(options.lockFile)
  const say = (de: string, en: string) => text({ de, en }, options.language)
  // Short words in the one-line summary stay in one language (English unless --lang de).
  const word = (de: string, en: string) => (options.language === 'de' ? de : en)
  let failed = false
  let lockChanged = false

  for (const file of options.files) {
    const shown = relative(process.cwd(), file) || file
    const problems: ValidationIssue[] = []
    const notes: string[] = []
    let summary = ''
    let input: unknown
    try {
      input = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      problems.push({ path: '$', message: { de: `Datei nicht lesbar oder kein JSON: ${detail}`, en: `Unreadable file or not JSON: ${detail}` } })
    }
    if (problems.length === 0 && isMeasuresFile(file, input)) {
      const result = await loadMeasures(input)
      if (result === undefined) {
        console.log(`- ${shown} (${say('Maßnahmenkatalog übersprungen: Prüfung noch nicht vorhanden', 'measures catalogue skipped: no loader yet')})`)
        continue
      }
      if (!result.ok) problems.push(...result.errors)
      summary = word('Maßnahmenkatalog', 'measures catalogue')
    } else if (problems.length === 0) {
      const result = loadQuestionnaire(input)
      if (!result.ok) problems.push(...result.errors)
      else {
        const { id, version, questions } = result.questionnaire
        const key = `${id}@${version}`
        summary = `${key}, ${questions.length} ${word('Fragen', 'questions')}, ${result.hash}`
        const locked = lock[key]
        const lockIssue = publishedLockIssue(key, result.hash, lock)
        if (lockIssue) {
          problems.push(lockIssue)
        } else if (locked === undefined && options.publish) {
          lock[key] = result.hash
          lockChanged = true
          notes.push(say(`${key} in published.json eingetragen`, `${key} added to published.json`))
        } else if (locked === undefined) {
          notes.push(say(`noch nicht veröffentlicht: mit \`--publish\` eintragen`, 'not yet published: add it with `--publish`'))
        }
      }
    }
    if (problems.length > 0) {
      failed = true
      console.log(`✗ ${shown}`)
      for (const problem of problems) console.log(`  ${problem.path}: ${text(problem.message, options.language)}`)
    } else {
      console.log(`✓ ${shown} (${summary})`)
    }
    for (const note of notes) console.log(`  ${say('Hinweis', 'note')}: ${note}`)
  }

  if (lockChanged) {
    const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : 1)))
    writeFileSync(options.lockFile, `${JSON.stringify(sorted, null, 2)}\n`)
  }
  return failed ? 1 : 0
}

// exitCode instead of exit(): lets buffered output reach a pipe before the process ends.
main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  },
)
