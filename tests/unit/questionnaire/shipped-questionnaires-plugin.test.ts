import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shippedQuestionnaires } from '../../../scripts/vite/shipped-questionnaires'

/**
 * The build step that ships questionnaires: it validates each file and its lock, and cuts it into
 * one part per language. Driven through the plugin's own hooks on a copy of questionnaires/, with
 * the two things the build would provide: noting watched files and failing the build.
 */
const ROOT = resolve(import.meta.dirname, '../../..')
const FILES = ['digitalisierungsgrad-check', 'schnellcheck-handwerk']

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'reifegrad-shipped-'))
  cpSync(join(ROOT, 'questionnaires'), join(root, 'questionnaires'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const context = { addWatchFile: () => undefined, error: (message: string) => { throw new Error(message) } }

async function load(id: string): Promise<string> {
  const plugin = shippedQuestionnaires({ root, files: FILES })
  const resolveId = plugin.resolveId as (id: string) => string | null
  const hook = plugin.load as unknown as (this: typeof context, id: string) => Promise<string | null>
  const code = await hook.call(context, resolveId(id) ?? id)
  if (code === null) throw new Error(`not handled: ${id}`)
  return code
}

/** The questionnaire a language part's module exports (`export default JSON.parse("…")`). */
async function part(name: string, locale: string, report = false): Promise<Record<string, unknown>> {
  const code = await load(join(root, 'questionnaires', `${name}.json?lang=${locale}${report ? '&part=report' : ''}`))
  const literal = /^export default JSON\.parse\((".*")\)\n$/s.exec(code)?.[1]
  expect(literal, code.slice(0, 80)).toBeDefined()
  return JSON.parse(JSON.parse(literal!) as string) as Record<string, unknown>
}

const questionnaireFile = (name: string) => join(root, 'questionnaires', `${name}.json`)
type Editable = { version: string; estimatedMinutes: number; questions: { text: { en: string } }[] }
const edit = (name: string, change: (questionnaire: Editable) => void) => {
  const questionnaire = JSON.parse(readFileSync(questionnaireFile(name), 'utf8')) as Editable
  change(questionnaire)
  writeFileSync(questionnaireFile(name), JSON.stringify(questionnaire))
}

describe('shipping questionnaires at build time', () => {
  it('builds a German part with German texts only, without $schema', async () => {
    const german = await part('digitalisierungsgrad-check', 'de')
    expect(german.title).toEqual({ de: 'Digitalisierungsgrad-Check' })
    expect(german).not.toHaveProperty('$schema')
    expect(JSON.stringify(german)).not.toContain('"en":')
    expect((german.questions as unknown[]).length).toBe(82)
  })

  it('leaves the texts only the results show out of the answering part and puts exactly those in the report part', async () => {
    const answering = await part('digitalisierungsgrad-check', 'de')
    const dimensions = answering.dimensions as Record<string, unknown>[]
    expect(dimensions[0]).toHaveProperty('title')
    expect(dimensions[0]).not.toHaveProperty('advice')
    expect((answering.levels as Record<string, unknown>[])[0]).not.toHaveProperty('text')
    expect((answering.levels as Record<string, unknown>[])[0]).toHaveProperty('minScore')

    const report = await part('digitalisierungsgrad-check', 'en', true)
    expect(Object.keys(report).sort()).toEqual(['dimensions', 'levels'])
    const advice = (report.dimensions as { advice: { meaning: Record<string, string> }[] }[])[0]!.advice
    expect(advice).toHaveLength(5)
    expect(Object.keys(advice[0]!.meaning)).toEqual(['en'])
    expect((report.levels as Record<string, unknown>[]).every((level) => Object.keys(level).join() === 'text')).toBe(true)
  })

  it('lists every shipped questionnaire with a summary in both languages and a loader per language', async () => {
    const registry = await load('virtual:shipped-questionnaires')
    for (const name of FILES) {
      expect(registry).toContain(`${questionnaireFile(name)}?lang=de`)
      expect(registry).toContain(`${questionnaireFile(name)}?lang=en`)
    }
    expect(registry).toContain('"title":{"de":"Digitalisierungsgrad-Check","en":')
    expect(registry).toContain('"questionCount":82')
  })

  it('fails the build when a published version was edited, naming the lock', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.estimatedMinutes = 6
    })
    await expect(part('schnellcheck-handwerk', 'de')).rejects.toThrow(/schnellcheck-handwerk@1\.0\.0 was edited .*bump the version/)
    await expect(load('virtual:shipped-questionnaires')).rejects.toThrow(/was edited/)
  })

  it('fails the build on an invalid questionnaire with the path of each problem', async () => {
    edit('digitalisierungsgrad-check', (questionnaire) => {
      questionnaire.version = '1.1.0-draft'
      questionnaire.questions[0]!.text.en = ''
    })
    await expect(part('digitalisierungsgrad-check', 'en')).rejects.toThrow(/\$\.questions\[0\]\.text\.en: /)
  })

  it('ships an unpublished but valid version (a draft in development)', async () => {
    edit('schnellcheck-handwerk', (questionnaire) => {
      questionnaire.version = '1.1.0'
      questionnaire.estimatedMinutes = 6
    })
    expect((await part('schnellcheck-handwerk', 'en')).estimatedMinutes).toBe(6)
  })

  it('fails the build on a file that is not JSON', async () => {
    writeFileSync(questionnaireFile('schnellcheck-handwerk'), '{ "id": ')
    await expect(part('schnellcheck-handwerk', 'de')).rejects.toThrow(/schnellcheck-handwerk\.json cannot be shipped:\n {2}\$: SyntaxError/)
  })
})
