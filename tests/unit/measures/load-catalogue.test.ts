import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { SECTOR_CODES, STATE_CODES, TURNOVER_CLASSES } from '@/domain/profile/profile-fields'
import { catalogue, measure } from './measure-builder'

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate copies freely
type Json = any

/** A fresh copy of the real catalogue, to break in one place per test. */
const realCatalogue = (): Json => readJson('questionnaires/measures.json')

function pathsOf(input: unknown): string[] {
  const result = loadMeasuresCatalogue(input)
  if (result.ok) return []
  for (const issue of result.errors) {
    expect(issue.message.de.length).toBeGreaterThan(0)
    expect(issue.message.en.length).toBeGreaterThan(0)
  }
  return result.errors.map((e) => e.path)
}

describe('loadMeasuresCatalogue', () => {
  it('loads the real catalogue', () => {
    const result = loadMeasuresCatalogue(realCatalogue())
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('returns a copy without $schema', () => {
    const input = { $schema: './schema/measures.schema.json', ...catalogue([measure('a')]) }
    const result = loadMeasuresCatalogue(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.catalogue).not.toHaveProperty('$schema')
    expect(result.catalogue.measures[0]).not.toBe(input.measures[0])
    expect(result.catalogue.measures[0]).toEqual(input.measures[0])
  })

  const broken: [string, (c: Json) => void, string[]][] = [
    ['an unknown key on a measure', (c) => { c.measures[0].colour = 'red' }, ['$.measures[0].colour']],
    ['an unknown key in a text', (c) => { c.measures[1].title.fr = 'x' }, ['$.measures[1].title.fr']],
    ['an unknown top-level key', (c) => { c.author = 'me' }, ['$.author']],
    ['a day that does not exist', (c) => { c.measures[0].validUntil = '2027-02-30' }, ['$.measures[0].validUntil']],
    ['a German date', (c) => { c.measures[2].validFrom = '01.07.2024' }, ['$.measures[2].validFrom']],
    ['validUntil before validFrom', (c) => { c.measures[0].validUntil = '2024-06-30' }, ['$.measures[0].validUntil']],
    ['lastVerified after lastReviewed', (c) => { c.measures[3].lastVerified = '2026-11-21' }, ['$.measures[3].lastVerified']],
    ['an unknown state', (c) => { c.measures[0].regions = ['DE-BY', 'DE-XX'] }, ['$.measures[0].regions[1]']],
    ['a state without country', (c) => { c.measures[0].regions = ['BY'] }, ['$.measures[0].regions[0]']],
    ['no region', (c) => { c.measures[0].regions = [] }, ['$.measures[0].regions']],
    ['an http URL', (c) => { c.measures[0].url = 'http://www.example.org' }, ['$.measures[0].url']],
    ['an http source', (c) => { c.measures[1].sources = ['https://example.org', 'http://example.org'] }, ['$.measures[1].sources[1]']],
    ['a duplicate id', (c) => { c.measures[4].id = c.measures[1].id }, ['$.measures[4].id']],
    ['relevance 0', (c) => { c.measures[0].triggers[0].relevance = 0 }, ['$.measures[0].triggers[0].relevance']],
    ['relevance above 1', (c) => { c.measures[0].triggers[1].relevance = 1.5 }, ['$.measures[0].triggers[1].relevance']],
    ['a threshold above 100', (c) => { c.measures[0].triggers[0].below = 101 }, ['$.measures[0].triggers[0].below']],
    ['an unknown dimension', (c) => { c.measures[0].triggers = [{ dimension: 'marketing', below: 50, relevance: 1 }] }, ['$.measures[0].triggers[0].dimension']],
    ['a trigger of no kind', (c) => { c.measures[0].triggers = [{ below: 50, relevance: 1 }] }, ['$.measures[0].triggers[0]']],
    ['an unknown sector', (c) => { c.measures[0].eligibility.sectors = ['craft', 'hw-unknown'] }, ['$.measures[0].eligibility.sectors[1]']],
    ['an unknown turnover class', (c) => { c.measures[0].eligibility.turnoverClasses = ['le5m'] }, ['$.measures[0].eligibility.turnoverClasses[0]']],
    ['a fractional headcount limit', (c) => { c.measures[0].eligibility.maxEmployees = 49.5 }, ['$.measures[0].eligibility.maxEmployees']],
    ['minEmployees above maxEmployees', (c) => { c.measures[0].eligibility = { minEmployees: 50, maxEmployees: 49 } }, ['$.measures[0].eligibility.minEmployees']],
    ['a missing title', (c) => { delete c.measures[5].title }, ['$.measures[5].title']],
    ['a string for a boolean', (c) => { c.measures[0].statusVerified = 'yes' }, ['$.measures[0].statusVerified']],
    ['an unknown kind', (c) => { c.measures[0].kind = 'loan' }, ['$.measures[0].kind']],
    ['an id with upper-case letters', (c) => { c.measures[0].id = 'Digitalbonus' }, ['$.measures[0].id']],
    ['an empty provider', (c) => { c.measures[0].provider = '' }, ['$.measures[0].provider']],
    ['answerIn with a number', (c) => { c.measures[0].triggers = [{ question: 'rg-backup', answerIn: [1], relevance: 1 }] }, ['$.measures[0].triggers[0].answerIn[0]']],
    ['a wrong format version', (c) => { c.formatVersion = 2 }, ['$.formatVersion']],
  ]

  it.each(broken)('rejects %s with its exact path', (_name, breakIt, paths) => {
    const c = realCatalogue()
    breakIt(c)
    expect(pathsOf(c)).toEqual(paths)
  })

  it('reports every problem, in document order', () => {
    const c = realCatalogue()
    c.measures[2].url = 'http://x.example'
    c.measures[0].kind = 'loan'
    c.lastReviewed = '2026-13-01'
    expect(pathsOf(c)).toEqual(['$.lastReviewed', '$.measures[0].kind', '$.measures[2].url'])
  })

  it('rejects input that is not a catalogue at all', () => {
    expect(pathsOf(null)).toEqual(['$'])
    expect(pathsOf([])).toEqual(['$'])
    expect(pathsOf({ formatVersion: 1, lastReviewed: '2026-11-20' })).toEqual(['$.measures'])
  })

  it('gives the message in German and English', () => {
    const c = realCatalogue()
    c.measures[0].regions = ['DE-XX']
    const result = loadMeasuresCatalogue(c)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]!.message.de).toContain('„DE-XX“ ist nicht erlaubt')
    expect(result.errors[0]!.message.en).toContain('“DE-XX” is not allowed')
    c.measures[0].regions = ['DE']
    c.measures[0].validFrom = '2024-02-30'
    const date = loadMeasuresCatalogue(c)
    expect(date.ok ? [] : date.errors).toEqual([{
      path: '$.measures[0].validFrom',
      message: {
        de: 'Kein gültiges Datum im Format JJJJ-MM-TT: "2024-02-30"',
        en: 'Not a valid date in the format YYYY-MM-DD: "2024-02-30"',
      },
    }])
  })
})

describe('measures.schema.json', () => {
  const schema: Json = readJson('questionnaires/schema/measures.schema.json')

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('lists the same codes as the code does', () => {
    expect(schema.$defs.measure.properties.regions.items.enum).toEqual(['DE', ...STATE_CODES])
    expect(schema.$defs.eligibility.properties.sectors.items.enum).toEqual([...SECTOR_CODES, 'craft'])
    expect(schema.$defs.eligibility.properties.turnoverClasses.items.enum).toEqual([...TURNOVER_CLASSES])
  })

  it('requires what the loader requires', () => {
    const required = Object.entries(measure('x')).map(([key]) => key)
    expect([...schema.$defs.measure.required].sort()).toEqual(required.sort())
  })
})
