import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { loadDistrictsFile } from '../../src/domain/districts/districts-file.ts'
import { catalogueFreshness } from '../../src/domain/measures/catalogue-freshness.ts'
import { loadMeasuresCatalogue } from '../../src/domain/measures/load-catalogue.ts'
import { loadQuestionnaire, publishedLockIssue } from '../../src/domain/questionnaire/validate-questionnaire.ts'
import type { Issue } from '../../src/domain/schema/issue.ts'
import { issueMessage } from '../../src/i18n/format-issue.ts'
import issuesDe from '../../src/i18n/messages/issues-de.ts'
import issuesEn from '../../src/i18n/messages/issues-en.ts'

/**
 * The checks behind `npm run validate:questionnaires`, callable in-process (the tests do, so they
 * never wait for a spawned compiler): questionnaire files of both formats against the publishing
 * lock, the measures catalogue with its freshness as of `today`, and the districts list.
 */

export type Language = 'de' | 'en' | 'both'

export interface ValidateOptions {
  files: string[]
  language: Language
  publish: boolean
  /** The lock to check and extend. */
  lockFile: string
  /** The day the catalogue's freshness is judged on (YYYY-MM-DD). */
  today: string
  /** Paths are shown relative to this. */
  cwd: string
}

export interface ValidateOutcome {
  lines: string[]
  exitCode: 0 | 1
}

/** Every JSON file the project validates: questionnaire versions in their folders, and the data files. */
export function defaultFiles(questionnaireDir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(questionnaireDir).sort()) {
    const path = join(questionnaireDir, name)
    if (name.endsWith('.json') && name !== 'published.json') files.push(path)
    else if (statSync(path).isDirectory() && !['schema', 'drafts'].includes(name)) {
      for (const version of readdirSync(path).sort()) if (version.endsWith('.json')) files.push(join(path, version))
    }
  }
  return files
}

export function validateFiles(options: ValidateOptions): ValidateOutcome {
  const lock = readLock(options.lockFile)
  const lines: string[] = []
  const message = (found: Issue) => {
    const de = issueMessage(found, issuesDe, 'de')
    const en = issueMessage(found, issuesEn, 'en')
    return options.language === 'both' ? `${de} (${en})` : options.language === 'de' ? de : en
  }
  const word = (de: string, en: string) => (options.language === 'de' ? de : en)
  let failed = false
  let lockChanged = false

  for (const file of options.files) {
    const shown = relative(options.cwd, file) || file
    const problems: Issue[] = []
    const notes: string[] = []
    let summary = ''
    let input: unknown
    try {
      input = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      problems.push({ path: '$', code: 'json-invalid' })
    }
    const kind = problems.length > 0 ? 'broken' : fileKind(file, input)
    if (kind === 'measures') {
      const result = loadMeasuresCatalogue(input)
      if (!result.ok) problems.push(...result.errors)
      else {
        const freshness = catalogueFreshness(result.catalogue, options.today)
        problems.push(...freshness.errors)
        for (const warning of freshness.warnings) notes.push(`${warning.path}: ${message(warning)}`)
        summary = `${word('Maßnahmenkatalog', 'measures catalogue')}, ${result.catalogue.measures.length} ${word('Einträge', 'entries')}, ${word('Stand', 'as of')} ${options.today}`
      }
    } else if (kind === 'districts') {
      const result = loadDistrictsFile(input)
      if (!result.ok) problems.push(...result.issues)
      else summary = `${word('Kreisliste', 'districts list')}, ${result.value.districts.length} ${word('Kreise', 'districts')}`
    } else if (kind === 'questionnaire') {
      const result = loadQuestionnaire(input)
      if (!result.ok) problems.push(...result.errors)
      else {
        const { id, version, questions } = result.questionnaire
        const key = `${id}@${version}`
        summary = `${key}, ${questions.length} ${word('Fragen', 'questions')}, ${result.hash}`
        const lockIssue = publishedLockIssue(key, result.hash, lock)
        if (lockIssue) problems.push(lockIssue)
        else if (lock[key] === undefined && options.publish) {
          lock[key] = result.hash
          lockChanged = true
          notes.push(word(`${key} in published.json eingetragen`, `${key} added to published.json`))
        } else if (lock[key] === undefined) notes.push(word('noch nicht veröffentlicht: mit `--publish` eintragen', 'not yet published: add it with `--publish`'))
      }
    }
    if (problems.length > 0) {
      failed = true
      lines.push(`✗ ${shown}`)
      for (const problem of problems) lines.push(`  ${problem.path}: ${message(problem)}`)
    } else lines.push(`✓ ${shown} (${summary})`)
    for (const note of notes) lines.push(`  ${word('Hinweis', 'note')}: ${note}`)
  }

  if (lockChanged) {
    const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : 1)))
    writeFileSync(options.lockFile, `${JSON.stringify(sorted, null, 2)}\n`)
  }
  return { lines, exitCode: failed ? 1 : 0 }
}

function fileKind(path: string, input: unknown): 'measures' | 'districts' | 'questionnaire' {
  const schema = typeof input === 'object' && input !== null ? (input as { $schema?: unknown }).$schema : undefined
  const schemaName = typeof schema === 'string' ? schema : ''
  if (basename(path) === 'measures.json' || schemaName.endsWith('measures.schema.json')) return 'measures'
  if (basename(path) === 'districts.json' || schemaName.endsWith('districts.schema.json')) return 'districts'
  return 'questionnaire'
}

function readLock(file: string): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
}
