import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import type { Plugin } from 'vite'
import type * as LanguageParts from '../../src/domain/questionnaire/language-parts.ts'
import type * as ReportPart from '../../src/domain/questionnaire/report-part.ts'
import type { Questionnaire } from '../../src/domain/questionnaire/types.ts'
import type * as Validation from '../../src/domain/questionnaire/validate-questionnaire.ts'
import type { Issue } from '../../src/domain/schema/issue.ts'
import type * as Duration from '../../src/domain/questionnaire/duration.ts'

/**
 * The questionnaires the app ships, built at build time. Every version in `questionnaires/<id>/`
 * is shipped, so a draft always continues on the version it was started with and a result always
 * renders from its own version:
 *
 * - `virtual:shipped-questionnaires` lists them: per questionnaire, every version (oldest first)
 *   with a short summary (id, version, title, description, number of questions, the estimated
 *   minutes for typical profiles; both languages, a few hundred bytes) and a loader per language.
 * - `…/questionnaires/<id>/<version>.json?lang=de` is that version with its German texts only
 *   (src/domain/questionnaire/language-parts.ts): a visit downloads the texts it shows. It leaves
 *   out the texts only the results show; `…?lang=de&part=report` holds those
 *   (src/domain/questionnaire/report-part.ts).
 *
 * Each file is fully validated here and must match its lock in questionnaires/published.json: an
 * invalid or edited published questionnaire fails the build, so the app never ships one and does
 * not validate again at run time (that code stays off the questionnaire's download).
 */
const REGISTRY = 'virtual:shipped-questionnaires'
const RESOLVED_REGISTRY = `\0${REGISTRY}`
const LANGUAGE_PART = /^(.*[\\/]questionnaires[\\/][^\\/]+[\\/][^\\/]+\.json)\?lang=(de|en)(&part=report)?$/
const LANGUAGES = ['de', 'en'] as const

export interface ShippedQuestionnairesOptions {
  root: string
  /** Questionnaire ids (folders in questionnaires/), in the order the app offers them. */
  questionnaires: string[]
}

/**
 * The domain's own validation, loaded through tsx when first needed: bundled into the Vite config
 * instead, its extensionless imports would not load under Vite's coming native config loader.
 */
type Domain = typeof Validation & typeof LanguageParts & typeof ReportPart & typeof Duration
let domain: Promise<Domain> | undefined
const loadDomain = (): Promise<Domain> =>
  (domain ??= Promise.all([
    tsImport('../../src/domain/questionnaire/validate-questionnaire.ts', import.meta.url) as Promise<typeof Validation>,
    tsImport('../../src/domain/questionnaire/language-parts.ts', import.meta.url) as Promise<typeof LanguageParts>,
    tsImport('../../src/domain/questionnaire/report-part.ts', import.meta.url) as Promise<typeof ReportPart>,
    tsImport('../../src/domain/questionnaire/duration.ts', import.meta.url) as Promise<typeof Duration>,
  ]).then(([validation, languageParts, reportPart, duration]) => ({ ...validation, ...languageParts, ...reportPart, ...duration })))

/** The version files of a questionnaire, oldest first (semver order). */
export function versionFiles(root: string, id: string): string[] {
  const folder = resolve(root, 'questionnaires', id)
  const versions = existsSync(folder) ? readdirSync(folder).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name)) : []
  const key = (name: string) => name.replace(/\.json$/, '').split('.').map(Number)
  versions.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!
  })
  return versions.map((name) => resolve(folder, name))
}

export function shippedQuestionnaires({ root, questionnaires }: ShippedQuestionnairesOptions): Plugin {
  const lockFile = resolve(root, 'questionnaires/published.json')
  // Each file is asked for five times per build (registry, two languages, two report parts):
  // validate it once per content of the file and the lock, not five times.
  const outcomes = new Map<string, { texts: string; outcome: Outcome }>()

  return {
    name: 'reifegrad-shipped-questionnaires',
    enforce: 'pre',
    resolveId(id) {
      return id === REGISTRY ? RESOLVED_REGISTRY : null
    },
    async load(id) {
      const fail = (file: string, issues: Issue[]): never =>
        this.error(`${file} cannot be shipped:\n${issues.map((found) => `  ${found.path}: ${found.code} ${JSON.stringify(found.params ?? {})}`).join('\n')}`)
      const isRegistry = id === RESOLVED_REGISTRY
      const match = LANGUAGE_PART.exec(id)
      if (!isRegistry && !match) return null
      const { loadQuestionnaire, publishedLockIssue, keepLanguage, withoutReportTexts, reportTexts, minutesRange } = await loadDomain()
      const validated = (file: string): Questionnaire => {
        this.addWatchFile(file)
        this.addWatchFile(lockFile)
        const texts = `${readText(file)}\n${readText(lockFile)}`
        let known = outcomes.get(file)
        if (known?.texts !== texts) {
          known = { texts, outcome: validateShipped(file, lockFile, loadQuestionnaire, publishedLockIssue) }
          outcomes.set(file, known)
        }
        return known.outcome.ok ? known.outcome.questionnaire : fail(file, known.outcome.errors)
      }

      if (isRegistry) {
        const entries = questionnaires.map((name) => {
          const files = versionFiles(root, name)
          if (files.length === 0) return this.error(`questionnaires/${name}/ holds no version file (x.y.z.json)`)
          this.addWatchFile(resolve(root, 'questionnaires', name))
          const versions = files.map((file) => {
            const questionnaire = validated(file)
            const { id: questionnaireId, version, title, description, questions } = questionnaire
            if (questionnaireId !== name) return this.error(`${file}: id ${questionnaireId} does not match its folder ${name}`)
            const summary = JSON.stringify({ id: questionnaireId, version, title, description, questionCount: questions.length, minutes: minutesRange(questionnaire) })
            const loaders = (part: string) =>
              LANGUAGES.map((locale) => `${locale}: () => import(${JSON.stringify(`${file}?lang=${locale}${part}`)})`).join(', ')
            return `{ summary: ${summary}, load: { ${loaders('')} }, loadReport: { ${loaders('&part=report')} } }`
          })
          return `{ id: ${JSON.stringify(name)}, versions: [\n${versions.join(',\n')}] }`
        })
        return `export const SHIPPED_QUESTIONNAIRES = [\n${entries.join(',\n')}\n]\n`
      }

      const [, file, locale, report] = match as unknown as [string, string, 'de' | 'en', string | undefined]
      const questionnaire = validated(file)
      const part = report ? reportTexts(questionnaire) : withoutReportTexts(questionnaire)
      // JSON.parse of a string literal: parsed faster than the same data as an object literal.
      const json = JSON.stringify(keepLanguage(part, locale))
      return `export default JSON.parse(${JSON.stringify(json)})\n`
    },
  }
}

type Outcome = { ok: true; questionnaire: Questionnaire } | { ok: false; errors: Issue[] }

/** A file's text for the cache key, or '' when it cannot be read (validating it then says why). */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function validateShipped(
  file: string,
  lockFile: string,
  loadQuestionnaire: Domain['loadQuestionnaire'],
  publishedLockIssue: Domain['publishedLockIssue'],
): Outcome {
  let input: unknown
  try {
    input = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { ok: false, errors: [{ path: '$', code: 'json-invalid', params: { detail: String(error).slice(0, 200) } }] }
  }
  const loaded = loadQuestionnaire(input)
  if (!loaded.ok) return loaded
  const { id, version } = loaded.questionnaire
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, string>
  const lockIssue = publishedLockIssue(`${id}@${version}`, loaded.hash, lock)
  return lockIssue ? { ok: false, errors: [lockIssue] } : { ok: true, questionnaire: loaded.questionnaire }
}
