import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { DIMENSION_IDS } from '@/domain/indicator-fields'
import { addDays } from '@/domain/iso-date'
import { MEASURE_KINDS } from '@/domain/measure-kinds'
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
  // Strict mode (types declared wherever keywords need them); `required` inside `then` names keys
  // declared elsewhere, which strictRequired would flag.
  const options = { strict: true, strictRequired: false } as const
  const validate = new Ajv2020({ ...options, allErrors: true }).compile(schema)
  /** Stops at the first error: for verdicts on many variants. */
  const accepts = new Ajv2020(options).compile(schema)

  /**
   * Rules across fields that JSON Schema cannot state (the schema's description lists them); every
   * other rule of the loader is in the schema too. `above-max` is one of them only where it compares
   * two fields: lastVerified with lastReviewed, minEmployees with maxEmployees.
   */
  const isCrossField = (found: Issue) =>
    ['duplicate', 'validity-order', 'district-not-in-region'].includes(found.code) ||
    (found.code === 'above-max' && /\.(lastVerified|eligibility\.minEmployees)$/.test(found.path))

  function verdicts(input: unknown) {
    const issues = issuesOf(input)
    return { schema: accepts(input), loader: issues.length === 0, crossFieldOnly: issues.length > 0 && issues.every(isCrossField), issues }
  }

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('lists the same regions and turnover classes as the code does', () => {
    expect(schema.$defs.measure.properties.regions.items.enum).toEqual(['DE', ...STATE_CODES])
    expect(schema.$defs.eligibility.properties.turnoverClasses.items.enum).toEqual([...TURNOVER_CLASSES])
  })

  it('describes the format the loader reads, with the same codes and required keys', () => {
    expect(schema.properties.formatVersion).toEqual({ const: 2 })
    expect(schema.$defs.eligibility.properties.sectors.items.enum).toEqual([...SECTOR_CODES, 'craft'])
    expect(schema.$defs.eligibility.properties.excludedSectors.items.enum).toEqual([...SECTOR_CODES, 'craft'])
    expect(schema.$defs.measure.properties.kind.enum).toEqual([...MEASURE_KINDS])
    expect(schema.$defs.trigger.then.properties.dimension.enum).toEqual([...DIMENSION_IDS])
    const required = Object.keys(measure('x'))
    expect([...schema.$defs.measure.required].sort()).toEqual(required.sort())
    expect([...schema.required].sort()).toEqual(Object.keys(catalogue([])).sort())
  })

  it('validates the real catalogue, which names it in $schema', () => {
    const real = realCatalogue()
    expect(new URL(real.$schema, new URL('../../../questionnaires/', import.meta.url)).href).toBe(new URL('../../../questionnaires/schema/measures.schema.json', import.meta.url).href)
    expect(validate(real), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true)
    expect(validate(catalogue([measure('a'), measure('b', { kind: 'information', status: 'unverified', unknowns: { de: 'offen', en: 'open' } })]))).toBe(true)
  })

  type Path = (string | number)[]
  type Kind = 'unknown key' | 'key of another place' | 'missing key' | 'wrong type' | 'other value' | 'too many items' | 'empty list'
  const REMOVE = Symbol('remove')
  const at = (doc: Json, path: Path): Json => path.reduce((node, key) => node[key], doc)
  const t = (text: string) => ({ de: text, en: text })
  const otherType = (value: Json): Json => (typeof value === 'string' ? 42 : typeof value === 'number' ? '7' : typeof value === 'boolean' ? 'true' : Array.isArray(value) ? {} : [])
  // One past each length limit of the format (200, 300, 500, 1000, 1500 characters) and values around every number limit.
  const otherValues = (value: Json): Json[] =>
    typeof value === 'string'
      ? ['', '   ', 'Not A Code', 'Capital', 'http://example.org', `https://example.org/${'a'.repeat(1000)}`, ...[201, 301, 501, 1001, 1501].map((length) => 'a'.repeat(length))]
      : typeof value === 'number'
        ? [-1, 0, 0.5, 1, 1.5, 101]
        : typeof value === 'boolean'
          ? [!value]
          : []
  /** Keys that belong elsewhere in the catalogue (or to format 1), with values that would be valid there. */
  const elsewhere: Record<string, Json> = {
    districts: ['03241'], contactGroup: 'gruppe', validUntil: '2030-12-31', unknowns: t('offen'), successor: { announced: '2026-01-01', note: t('angekündigt') },
    notes: t('Hinweis'), maxFte: 10, tradeTaxLiable: true, statusVerified: true, contextOnly: true,
    dimension: 'bildung', topic: 'ai', question: 'rg-backup', answerIn: ['x'], below: 50, relevance: 1,
  }

  /** Few measures that together carry every key, eligibility key, trigger kind and status: small enough to break in every way. */
  function slim(real: Json): Json {
    const features = (entry: Json): string[] => [
      ...Object.keys(entry), ...Object.keys(entry.eligibility).map((key) => `eligibility.${key}`),
      ...entry.triggers.map((trigger: Json) => `trigger.${Object.keys(trigger)[0]}`), `status.${entry.status}`,
    ]
    const missing = new Set(real.measures.flatMap(features))
    const measures: Json[] = []
    while (missing.size > 0) {
      const best = real.measures.reduce((a: Json, b: Json) => (features(b).filter((f) => missing.has(f)).length > features(a).filter((f) => missing.has(f)).length ? b : a))
      measures.push(best)
      for (const feature of features(best)) missing.delete(feature)
    }
    return { ...real, measures }
  }

  /** Each kind of place once: path without indices and keys; texts once. */
  function places(doc: Json): { path: Path; node: Json }[] {
    const found: { path: Path; node: Json }[] = []
    const seen = new Set<string>()
    const visit = (value: Json, path: Path) => {
      if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]))
      if (value === null || typeof value !== 'object') return
      const kind = `${path.filter((part) => typeof part === 'string').join('.')}|${Object.keys(value).sort().join()}`
      if (!seen.has(kind)) {
        seen.add(kind)
        found.push({ path, node: value })
      }
      for (const [key, child] of Object.entries(value)) visit(child as Json, [...path, key])
    }
    visit(doc, [])
    return found
  }

  function variants(doc: Json): { kind: Kind; name: string; path: Path; key: string; value: Json }[] {
    const list: { kind: Kind; name: string; path: Path; key: string; value: Json }[] = []
    const add = (kind: Kind, path: Path, key: string, value: Json) => list.push({ kind, name: `$.${[...path, key].join('.')} ← ${value === REMOVE ? 'removed' : JSON.stringify(value).slice(0, 30)}`, path, key, value })
    for (const { path, node } of places(doc)) {
      add('unknown key', path, 'colour', 'red')
      for (const [key, value] of Object.entries(elsewhere)) if (!(key in node)) add('key of another place', path, key, value)
      for (const [key, value] of Object.entries(node as Record<string, Json>)) {
        add('missing key', path, key, REMOVE)
        add('wrong type', path, key, otherType(value))
        for (const other of otherValues(value)) add('other value', path, key, other)
        if (Array.isArray(value) && value.length > 0) {
          // A list of codes: its first item retyped and set to limit values.
          if (value[0] === null || typeof value[0] !== 'object') {
            add('wrong type', [...path, key], '0', otherType(value[0]))
            for (const other of otherValues(value[0])) add('other value', [...path, key], '0', other)
          }
          add('empty list', path, key, [])
          // Every list in the catalogue holds at most 1,000 items.
          add('too many items', path, key, Array.from({ length: 1001 }, (_x, index) => value[index % value.length]))
        }
      }
    }
    return list
  }

  it('agrees with the loader on every variant generated from the real catalogue', () => {
    const base = slim(realCatalogue())
    // The real catalogue has no answer trigger yet: one is added so that kind is broken too.
    base.measures[0].triggers.push({ question: 'rg-backup', answerIn: ['none', false], relevance: 0.5 })
    expect(verdicts(base)).toMatchObject({ schema: true, loader: true })
    const refusedByBoth = new Map<Kind, number>()
    const disagreements: string[] = []
    for (const variant of variants(base)) {
      const node = at(base, variant.path)
      const had = Object.prototype.hasOwnProperty.call(node, variant.key)
      const before = node[variant.key]
      if (variant.value === REMOVE) delete node[variant.key]
      else node[variant.key] = variant.value
      const found = verdicts(base)
      if (!found.schema && !found.loader) refusedByBoth.set(variant.kind, (refusedByBoth.get(variant.kind) ?? 0) + 1)
      const mustRefuse = ['unknown key', 'wrong type', 'too many items'].includes(variant.kind)
      if (found.schema !== (found.loader || found.crossFieldOnly) || (mustRefuse && (found.schema || found.loader))) {
        const schemaSays = validate(base) ? 'accepts' : JSON.stringify(validate.errors?.slice(0, 2).map((error) => `${error.instancePath} ${error.message}`))
        disagreements.push(`${variant.name}: schema ${schemaSays}; loader ${found.loader ? 'accepts' : JSON.stringify(found.issues.slice(0, 2))}`)
      }
      if (had) node[variant.key] = before
      else delete node[variant.key]
    }
    expect(disagreements).toEqual([])
    expect(verdicts(base), 'every variant was undone').toMatchObject({ schema: true, loader: true })
    for (const kind of ['unknown key', 'key of another place', 'missing key', 'wrong type', 'other value', 'too many items', 'empty list'] as const) {
      expect(refusedByBoth.get(kind) ?? 0, kind).toBeGreaterThan(2)
    }
  }, 60_000)

  const named: [string, (c: Json) => void, string, boolean][] = [
    ['a day that does not exist', (c) => { c.measures[0].validUntil = '2027-02-30' }, 'date', false],
    ['an http URL', (c) => { c.measures[0].url = 'http://www.example.org' }, 'pattern', false],
    ['a source as a bare URL, as in format 1', (c) => { c.measures[1].sources = ['https://example.org'] }, 'wrong-type', false],
    ['the status flag of format 1', (c) => { c.measures[0].statusVerified = true }, 'unknown-key', false],
    ['an unverified entry that does not say what is open', (c) => { c.measures[0].status = 'unverified'; delete c.measures[0].unknowns }, 'unknowns-missing', false],
    ['a trigger of no kind', (c) => { c.measures[0].triggers = [{ below: 50, relevance: 1 }] }, 'required', false],
    ['a topic trigger with answers', (c) => { c.measures[0].triggers = [{ topic: 'ai', below: 50, relevance: 1, answerIn: ['x'] }] }, 'unknown-key', false],
    ['a sector code of profile version 1 only', (c) => { c.measures[0].eligibility.excludedSectors = ['hw-elektro-metall'] }, 'not-allowed', false],
    ['trade tax liability set to false', (c) => { c.measures[0].eligibility.tradeTaxLiable = false }, 'not-allowed', false],
    ['a duplicate id', (c) => { c.measures[4].id = 'doppelt'; c.measures[1].id = 'doppelt' }, 'duplicate', true],
    ['validUntil before validFrom', (c) => { c.measures[0].validFrom = '2024-07-01'; c.measures[0].validUntil = '2024-06-30' }, 'validity-order', true],
    ['lastVerified after lastReviewed', (c) => { c.measures[3].lastVerified = addDays(c.lastReviewed, 1) }, 'above-max', true],
    ['minEmployees above maxEmployees', (c) => { c.measures[0].eligibility = { minEmployees: 50, maxEmployees: 49 } }, 'above-max', true],
    ['a district outside the regions', (c) => { c.measures[0].regions = ['DE-BY']; c.measures[0].districts = ['09162', '03241'] }, 'district-not-in-region', true],
  ]

  it.each(named)('treats %s as the loader does', (_name, breakIt, code, loaderOnly) => {
    const c = realCatalogue()
    breakIt(c)
    const found = verdicts(c)
    expect(found.issues.map((issue) => issue.code)).toContain(code)
    // Refused by both, or (a rule across fields) by the loader only.
    expect(found).toMatchObject({ schema: loaderOnly, crossFieldOnly: loaderOnly })
  })
})
