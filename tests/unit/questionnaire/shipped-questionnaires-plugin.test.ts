import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { minutesRange } from '@/domain/questionnaire/duration'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { shippedQuestionnaires, versionFiles } from '../../../scripts/vite/shipped-questionnaires'

/**
 * The build step that ships questionnaires: it validates every version file and its lock, and cuts
 * each into one part per language. Driven through the plugin's own hooks on a copy of
 * questionnaires/, with the two things the build would provide: noting watched files and failing
 * the build.
 */
const ROOT = resolve(import.meta.dirname, '../../..')
const IDS = ['digitalisierungsgrad-check', 'schnellcheck-handwerk']

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'reifegrad-shipped-'))
  cpSync(join(ROOT, 'questionnaires'), join(root, 'questionnaires'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const context = { addWatchFile: () => undefined, error: (message: string) => { throw new Error(message) } }

async function load(id: string, questionnaires = IDS): Promise<string> {
  const plugin = shippedQuestionnaires({ root, questionnaires })
  const resolveId = plugin.resolveId as (id: string) => string | null
  const hook = plugin.load as unknown as (this: typeof context, id: string) => Promise<string | null>
  const code = await hook.call(context, resolveId(id) ?? id)
  if (code === null) throw new Error(`not handled: ${id}`)
  return code
}

const questionnaireFile = (name: string, version = '1.0.0') => join(root, 'questionnaires', name, `${version}.json`)

/** The questionnaire a language part's module exports (`export default JSON.parse("…")`). */
async function part(name: string, locale: string, report = false, version = '1.0.0'): Promise<Record<string, unknown>> {
  const code = await load(`${questionnaireFile(name, version)}?lang=${locale}${report ? '&part=report' : ''}`)
  const literal = /^export default JSON\.parse\((".*")\)\n$/s.exec(code)?.[1]
  expect(literal, code.slice(0, 80)).toBeDefined()
  return JSON.parse(JSON.parse(literal!) as string) as Record<string, unknown>
}

type Editable = { version: string; title: { de: string }; questions: { text: { en: string } }[] }
const edit = (name: string, change: (questionnaire: Editable) => void, version = '1.0.0', into = version) => {
  const questionnaire = JSON.parse(readFileSync(questionnaireFile(name, version), 'utf8')) as Editable
  change(questionnaire)
  writeFileSync(questionnaireFile(name, into), JSON.stringify(questionnaire))
}

/** The registry module as the app imports it; its `import()` loaders are not called here. */
type Registry = { id: string; versions: { summary: Record<string, unknown>; load: Record<string, unknown>; loadReport: Record<string, unknown> }[] }[]
async function registryData(code: string): Promise<Registry> {
  const file = join(root, `registry-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(file, code)
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { SHIPPED_QUESTIONNAIRES: Registry }
  return module.SHIPPED_QUESTIONNAIRES
}

describe('shipping questionnaires at build time', () => {
  it('builds a German part with German texts only, without $schema', async () => {
    const german = await part('digitalisierungsgrad-check', 'de')
    expect(german.title).toEqual({ de: 'Digitalisierungsgrad-Check' })
    expect(german).not.toHaveProperty('$schema')
    expect(german.formatVersion).toBe(2)
    expect(JSON.stringify(german)).not.toContain('"en":')
    expect((german.questions as unknown[]).length).toBe(82)
  })

  it('leaves the texts only the results show out of the answering part and puts exactly those in the report part', async () => {
    const answering = await part('digitalisierungsgrad-check', 'de')
    const dimensions = answering.dimensions as Record<string, unknown>[]
    expect(dimensions[0]).toHaveProperty('title')
    expect(dimensions[0]).not.toHaveProperty('advice')
    expect(answering).not.toHaveProperty('steps')
    expect((answering.levels as Record<string, unknown>[])[0]).not.toHaveProperty('text')
    expect((answering.levels as Record<string, unknown>[])[0]).toHaveProperty('minScore')

    // Sources and step references are for the results too: the questions keep their places.
    const questions = answering.questions as Record<string, unknown>[]
    expect(questions.some((question) => 'sources' in question || 'stepsIfNo' in question)).toBe(false)

    const report = await part('digitalisierungsgrad-check', 'en', true)
    expect(Object.keys(report).sort()).toEqual(['dimensions', 'levels', 'questions', 'steps'])
    expect((report.questions as unknown[]).length).toBe(questions.length)
    expect(report.steps).toEqual([])
    const advice = (report.dimensions as { advice: { meaning: Record<string, string> }[] }[])[0]!.advice
    expect(advice).toHaveLength(5)
    expect(Object.keys(advice[0]!.meaning)).toEqual(['en'])
    expect((report.levels as Record<string, unknown>[]).every((level) => Object.keys(level).join() === 'text')).toBe(true)
  })

  it('lists every shipped questionnaire with its versions: a summary in both languages with the computed minutes, and loaders per language and part', async () => {
    const code = await load('virtual:shipped-questionnaires')
    for (const name of IDS) {
      for (const query of ['?lang=de', '?lang=en', '?lang=de&part=report', '?lang=en&part=report']) {
        expect(code).toContain(JSON.stringify(`${questionnaireFile(name)}${query}`))
      }
    }
    const registry = await registryData(code)
    expect(registry.map((entry) => entry.id)).toEqual(IDS)
    const [flagship] = registry[0]!.versions
    const loaded = loadQuestionnaire(JSON.parse(readFileSync(questionnaireFile('digitalisierungsgrad-check'), 'utf8')))
    if (!loaded.ok) throw new Error('the flagship must load')
    expect(flagship!.summary).toEqual({
      id: 'digitalisierungsgrad-check',
      version: '1.0.0',
      title: loaded.questionnaire.title,
      description: loaded.questionnaire.description,
      questionCount: 82,
      minutes: minutesRange(loaded.questionnaire),
    })
    expect(Object.keys(flagship!.load)).toEqual(['de', 'en'])
    expect(Object.keys(flagship!.loadReport)).toEqual(['de', 'en'])
  })

  it('ships every version of a questionnaire, oldest first, so a check continues on its own version', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.version = '1.10.0'
      questionnaire.title.de = 'Schnellcheck Handwerk (neu)'
    }, '1.0.0', '1.10.0')
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.version = '1.2.0'
    }, '1.0.0', '1.2.0')
    const files = versionFiles(root, 'schnellcheck-handwerk')
    const versions = files.map((file) => basename(file, '.json'))
    // Semver order, not text order: 1.10.0 comes after 1.2.0.
    expect(versions.filter((version) => version.startsWith('1.'))).toEqual(['1.0.0', '1.2.0', '1.10.0'])
    expect(files).toEqual(versions.map((version) => questionnaireFile('schnellcheck-handwerk', version)))
    const registry = await registryData(await load('virtual:shipped-questionnaires'))
    expect(registry[1]!.versions.map((entry) => entry.summary.version)).toEqual(versions)
    expect((await part('schnellcheck-handwerk', 'de', false, '1.10.0')).title).toEqual({ de: 'Schnellcheck Handwerk (neu)' })
    expect((await part('schnellcheck-handwerk', 'de', false, '1.0.0')).title).not.toEqual({ de: 'Schnellcheck Handwerk (neu)' })
  })

  it('fails the build when a published version was edited, naming the lock', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.questions[0]!.text.en = 'Edited after publishing'
    })
    await expect(part('schnellcheck-handwerk', 'de')).rejects.toThrow(/\$: published-version-edited .*"version":"schnellcheck-handwerk@1\.0\.0"/)
    await expect(load('virtual:shipped-questionnaires')).rejects.toThrow(/published-version-edited/)
  })

  it('fails the build on an invalid questionnaire with the path and code of each problem', async () => {
    edit('digitalisierungsgrad-check', (questionnaire) => {
      questionnaire.version = '1.1.0-draft'
      questionnaire.questions[0]!.text.en = ''
    })
    await expect(part('digitalisierungsgrad-check', 'en')).rejects.toThrow(/\n {2}\$\.questions\[0\]\.text\.en: not-blank\b/)
    await expect(part('digitalisierungsgrad-check', 'en')).rejects.toThrow(/\n {2}\$\.version: pattern .*semver/)
  })

  it('ships an unpublished but valid version (a draft in development)', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.version = '1.1.0'
      questionnaire.title.de = 'Entwurf'
    })
    const german = await part('schnellcheck-handwerk', 'de')
    expect(german.version).toBe('1.1.0')
    expect(german.title).toEqual({ de: 'Entwurf' })
  })

  it('fails the build on a file whose id does not match its folder, and on a folder without a version', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.version = '1.1.0'
      ;(questionnaire as unknown as { id: string }).id = 'anderer-check'
    }, '1.0.0', '1.1.0')
    await expect(load('virtual:shipped-questionnaires')).rejects.toThrow(/id anderer-check does not match its folder schnellcheck-handwerk/)
    await expect(load('virtual:shipped-questionnaires', ['gibt-es-nicht'])).rejects.toThrow(/questionnaires\/gibt-es-nicht\/ holds no version file/)
  })

  it('fails the build on a file that is not JSON', async () => {
    writeFileSync(questionnaireFile('schnellcheck-handwerk'), '{ "id": ')
    await expect(part('schnellcheck-handwerk', 'de')).rejects.toThrow(/1\.0\.0\.json cannot be shipped:\n {2}\$: json-invalid .*SyntaxError/)
  })
})
