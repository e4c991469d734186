import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addDays } from '@/domain/iso-date'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import type { Issue } from '@/domain/schema/issue'
import { SECTOR_CODES, STATE_CODES, TURNOVER_CLASSES } from '@/domain/shapes/profile'
import { issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { catalogue, measure } from './measure-builder'

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate copies freely
type Json = any

/** A fresh copy of the real catalogue, to break in one place per test. */
const realCatalogue = (): Json => readJson('questionnaires/measures.json')

function issuesOf(input: unknown): Issue[] {
  const result = loadMeasuresCatalogue(input)
  return result.ok ? [] : result.errors
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

  it('accepts the fields of format 2: districts, FTE, excluded sectors, trade tax, contact group, successor', () => {
    const input = catalogue([
      measure('a', {
        regions: ['DE-BY'],
        districts: ['09162'],
        contactGroup: 'kammer',
        eligibility: { maxFte: 49.99, excludedSectors: ['landwirtschaft'], sectors: ['craft', 'freie-berufe'], tradeTaxLiable: true },
        status: 'unverified',
        unknowns: { de: 'Förderquote offen', en: 'Funding rate open' },
        successor: { announced: '2026-10-01', note: { de: 'Nachfolge angekündigt', en: 'Successor announced' } },
        validUntil: '2026-12-31',
      }),
      measure('b', { kind: 'information' }),
    ])
    expect(loadMeasuresCatalogue(input)).toEqual({ ok: true, catalogue: input })
  })

  const reviewed: string = realCatalogue().lastReviewed
  const dayAfterReview = addDays(reviewed, 1)
  const broken: [string, (c: Json) => void, Issue[]][] = [
    ['an unknown key on a measure', (c) => { c.measures[0].colour = 'red' }, [{ path: '$.measures[0].colour', code: 'unknown-key', params: { key: 'colour' } }]],
    ['an unknown key in a text', (c) => { c.measures[1].title.fr = 'x' }, [{ path: '$.measures[1].title.fr', code: 'unknown-key-suggestion', params: { key: 'fr', suggestion: 'de' } }]],
    ['an unknown top-level key', (c) => { c.author = 'me' }, [{ path: '$.author', code: 'unknown-key', params: { key: 'author' } }]],
    ['a day that does not exist', (c) => { c.measures[0].validUntil = '2027-02-30' }, [{ path: '$.measures[0].validUntil', code: 'date' }]],
    ['a German date', (c) => { c.measures[2].validFrom = '01.07.2024' }, [{ path: '$.measures[2].validFrom', code: 'date' }]],
    ['validUntil before validFrom', (c) => { c.measures[0].validFrom = '2024-07-01'; c.measures[0].validUntil = '2024-06-30' }, [{ path: '$.measures[0].validUntil', code: 'validity-order', params: { until: '2024-06-30', from: '2024-07-01' } }]],
    ['lastVerified after lastReviewed', (c) => { c.measures[3].lastVerified = dayAfterReview }, [{ path: '$.measures[3].lastVerified', code: 'above-max', params: { value: dayAfterReview, max: reviewed } }]],
    ['an unknown state', (c) => { c.measures[0].regions = ['DE-BY', 'DE-XX'] }, [{ path: '$.measures[0].regions[1]', code: 'not-allowed', params: expect.objectContaining({ value: 'DE-XX' }) }]],
    ['a state without country', (c) => { c.measures[0].regions = ['BY'] }, [{ path: '$.measures[0].regions[0]', code: 'not-allowed', params: expect.objectContaining({ value: 'BY' }) }]],
    ['no region', (c) => { c.measures[0].regions = [] }, [{ path: '$.measures[0].regions', code: 'too-few', params: { count: 0, min: 1 } }]],
    ['a district outside the regions', (c) => { c.measures[0].regions = ['DE-BY']; c.measures[0].districts = ['09162', '03241'] }, [{ path: '$.measures[0].districts[1]', code: 'district-not-in-region', params: { value: '03241' } }]],
    ['a district that is no Kreis code', (c) => { c.measures[0].districts = ['München'] }, [{ path: '$.measures[0].districts[0]', code: 'pattern', params: { value: 'München', format: 'district-code' } }]],
    ['an http URL', (c) => { c.measures[0].url = 'http://www.example.org' }, [{ path: '$.measures[0].url', code: 'pattern', params: { value: 'http://www.example.org', format: 'https-url' } }]],
    [
      'an http source',
      (c) => { c.measures[1].sources = [{ url: 'https://example.org', title: 'a', seen: '2026-11-01' }, { url: 'http://example.org', title: 'b', seen: '2026-11-01' }] },
      [{ path: '$.measures[1].sources[1].url', code: 'pattern', params: { value: 'http://example.org', format: 'https-url' } }],
    ],
    ['a source as a bare URL, as in format 1', (c) => { c.measures[1].sources = ['https://example.org'] }, [{ path: '$.measures[1].sources[0]', code: 'wrong-type', params: { expected: 'object', found: 'string' } }]],
    ['a duplicate id', (c) => { c.measures[4].id = 'doppelt'; c.measures[1].id = 'doppelt' }, [{ path: '$.measures[4].id', code: 'duplicate', params: { value: 'doppelt', first: '$.measures[1]' } }]],
    ['relevance 0', (c) => { c.measures[0].triggers[0].relevance = 0 }, [{ path: '$.measures[0].triggers[0].relevance', code: 'not-above', params: { value: 0, min: 0 } }]],
    ['relevance above 1', (c) => { c.measures[0].triggers[1].relevance = 1.5 }, [{ path: '$.measures[0].triggers[1].relevance', code: 'above-max', params: { value: 1.5, max: 1 } }]],
    ['a threshold above 100', (c) => { c.measures[0].triggers[0].below = 101 }, [{ path: '$.measures[0].triggers[0].below', code: 'above-max', params: { value: 101, max: 100 } }]],
    ['an unknown dimension', (c) => { c.measures[0].triggers = [{ dimension: 'marketing', below: 50, relevance: 1 }] }, [{ path: '$.measures[0].triggers[0].dimension', code: 'not-allowed', params: expect.objectContaining({ value: 'marketing' }) }]],
    // Neither a dimension nor a topic: read as a question trigger, which misses its question and answers.
    [
      'a trigger of no kind',
      (c) => { c.measures[0].triggers = [{ below: 50, relevance: 1 }] },
      [
        { path: '$.measures[0].triggers[0].answerIn', code: 'required' },
        { path: '$.measures[0].triggers[0].below', code: 'unknown-key', params: { key: 'below' } },
        { path: '$.measures[0].triggers[0].question', code: 'required' },
      ],
    ],
    ['an unknown sector', (c) => { c.measures[0].eligibility.sectors = ['craft', 'hw-unknown'] }, [{ path: '$.measures[0].eligibility.sectors[1]', code: 'not-allowed', params: expect.objectContaining({ value: 'hw-unknown' }) }]],
    ['a sector code of profile version 1 only', (c) => { c.measures[0].eligibility.excludedSectors = ['hw-elektro-metall'] }, [{ path: '$.measures[0].eligibility.excludedSectors[0]', code: 'not-allowed', params: expect.objectContaining({ value: 'hw-elektro-metall' }) }]],
    ['an unknown turnover class', (c) => { c.measures[0].eligibility.turnoverClasses = ['le5m'] }, [{ path: '$.measures[0].eligibility.turnoverClasses[0]', code: 'not-allowed', params: { value: 'le5m', allowed: 'le2m, le10m, le50m, gt50m' } }]],
    ['a fractional headcount limit', (c) => { c.measures[0].eligibility.maxEmployees = 49.5 }, [{ path: '$.measures[0].eligibility.maxEmployees', code: 'not-integer', params: { value: 49.5 } }]],
    ['minEmployees above maxEmployees', (c) => { c.measures[0].eligibility = { minEmployees: 50, maxEmployees: 49 } }, [{ path: '$.measures[0].eligibility.minEmployees', code: 'above-max', params: { value: 50, max: 49 } }]],
    ['a missing title', (c) => { delete c.measures[5].title }, [{ path: '$.measures[5].title', code: 'required' }]],
    ['the status flag of format 1', (c) => { c.measures[0].statusVerified = true }, [{ path: '$.measures[0].statusVerified', code: 'unknown-key', params: { key: 'statusVerified' } }]],
    ['an unknown status', (c) => { c.measures[0].status = 'yes' }, [{ path: '$.measures[0].status', code: 'not-allowed', params: { value: 'yes', allowed: 'verified, unverified' } }]],
    ['an unverified entry that does not say what is open', (c) => { c.measures[0].status = 'unverified'; delete c.measures[0].unknowns }, [{ path: '$.measures[0].unknowns', code: 'unknowns-missing' }]],
    ['an unknown kind', (c) => { c.measures[0].kind = 'loan' }, [{ path: '$.measures[0].kind', code: 'not-allowed', params: { value: 'loan', allowed: 'funding, consultation, training, network, information' } }]],
    ['the context-only flag of format 1', (c) => { c.measures[12].contextOnly = true }, [{ path: '$.measures[12].contextOnly', code: 'unknown-key', params: { key: 'contextOnly' } }]],
    ['an id with upper-case letters', (c) => { c.measures[0].id = 'Digitalbonus' }, [{ path: '$.measures[0].id', code: 'pattern', params: { value: 'Digitalbonus', format: 'id' } }]],
    ['an empty provider', (c) => { c.measures[0].provider = '' }, [{ path: '$.measures[0].provider', code: 'too-short', params: { length: 0, min: 1 } }]],
    ['answerIn with a number', (c) => { c.measures[0].triggers = [{ question: 'rg-backup', answerIn: [1], relevance: 1 }] }, [{ path: '$.measures[0].triggers[0].answerIn[0]', code: 'wrong-type', params: { expected: 'string', found: 'number' } }]],
    ['format 1', (c) => { c.formatVersion = 1 }, [{ path: '$.formatVersion', code: 'not-allowed', params: { value: '1', allowed: '2' } }]],
  ]

  it.each(broken)('rejects %s with its exact path and code', (_name, breakIt, expected) => {
    const c = realCatalogue()
    breakIt(c)
    expect(issuesOf(c)).toEqual(expected)
  })

  it('reports every problem, in document order', () => {
    const c = realCatalogue()
    c.measures[2].url = 'http://x.example'
    c.measures[0].kind = 'loan'
    c.lastReviewed = '2026-13-01'
    expect(issuesOf(c).map((found) => found.path)).toEqual(['$.lastReviewed', '$.measures[0].kind', '$.measures[2].url'])
  })

  it('rejects input that is not a catalogue at all', () => {
    expect(issuesOf(null)).toEqual([{ path: '$', code: 'wrong-type', params: { expected: 'object', found: 'null' } }])
    expect(issuesOf([])).toEqual([{ path: '$', code: 'wrong-type', params: { expected: 'object', found: 'array' } }])
    expect(issuesOf({ formatVersion: 2, lastReviewed: '2026-11-20' })).toEqual([{ path: '$.measures', code: 'required' }])
  })

  it('gives the message in German and English', () => {
    const c = realCatalogue()
    c.measures[0].regions = ['DE-XX']
    const [region] = issuesOf(c)
    expect(issueMessage(region!, issuesDe, 'de')).toMatch(/^„DE-XX“ ist nicht erlaubt; erlaubt: DE, DE-BW, /)
    expect(issueMessage(region!, issuesEn, 'en')).toContain('“DE-XX”')
    c.measures[0].regions = ['DE']
    c.measures[0].validFrom = '2024-02-30'
    const [date] = issuesOf(c)
    expect(date).toEqual({ path: '$.measures[0].validFrom', code: 'date' })
    expect(issueMessage(date!, issuesDe, 'de')).toBe('Kein gültiges Datum: erwartet wird JJJJ-MM-TT, z. B. 2027-12-31')
    expect(issueMessage(date!, issuesEn, 'en')).toContain('YYYY-MM-DD')
  })
})

describe('measures.schema.json', () => {
  const schema: Json = readJson('questionnaires/schema/measures.schema.json')

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('lists the same regions and turnover classes as the code does', () => {
    expect(schema.$defs.measure.properties.regions.items.enum).toEqual(['DE', ...STATE_CODES])
    expect(schema.$defs.eligibility.properties.turnoverClasses.items.enum).toEqual([...TURNOVER_CLASSES])
  })

  // KNOWN GAP (see the report of the test update): questionnaires/schema/measures.schema.json still
  // describes catalogue format 1 (`formatVersion: 1`, `statusVerified`, `contextOnly`, sources as
  // strings, profile version 1 sectors), while the loader reads format 2 only and measures.json is
  // format 2 and names this schema. Turn `it.fails` into `it` when the schema is updated.
  it.fails('describes the format the loader reads, with the same codes and required keys', () => {
    expect(schema.properties.formatVersion).toEqual({ const: 2 })
    expect(schema.$defs.eligibility.properties.sectors.items.enum).toEqual([...SECTOR_CODES, 'craft'])
    const required = Object.keys(measure('x'))
    expect([...schema.$defs.measure.required].sort()).toEqual(required.sort())
  })
})
