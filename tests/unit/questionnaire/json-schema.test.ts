import { readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { DIMENSION_IDS } from '@/domain/indicator-fields'
import { isIsoDate } from '@/domain/iso-date'
import { MEASURE_KINDS } from '@/domain/measure-kinds'
import { PROFILE_FIELD_IDS, QUESTION_TYPES, questionnaireFormatV1, questionnaireFormatV2 } from '@/domain/questionnaire/file-format'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import type { Issue } from '@/domain/schema/issue'
import { parse, type Schema } from '@/domain/schema/kit'
import { PROFILE_FIELDS_V1 } from '@/domain/shapes/profile/v1'
import { QUESTIONNAIRES, minimalValid, minimalValidV2, readJson } from './fixtures'

// questionnaires/schema/questionnaire.schema.json is for authors' editors; the loader
// (loadQuestionnaire: file-format.ts, semantic-checks.ts, expression-checks.ts) is what the app
// enforces. These tests keep the two in step: every shipped file passes both, and variants broken
// in generated and in named ways are refused by both, except where a rule across fields cannot be
// written in JSON Schema (CROSS_FIELD_CODES): then only the loader refuses, as the schema's
// description says.

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
type JsonObject = { [key: string]: JsonValue }

const SCHEMA_FILE = join(QUESTIONNAIRES, 'schema/questionnaire.schema.json')
const jsonSchema = readJson(SCHEMA_FILE) as JsonObject & { $defs: Record<string, JsonObject & { properties: Record<string, JsonObject> }> }
// Strict mode (types declared wherever keywords need them, tuples bounded); `required` inside
// `not` names keys declared elsewhere, which strictRequired would flag.
const AJV_OPTIONS = { strict: true, strictRequired: false } as const
/** Lists every error: for messages. */
const validate = new Ajv2020({ ...AJV_OPTIONS, allErrors: true }).compile(jsonSchema)
/** Stops at the first error: for verdicts on thousands of variants. */
const accepts = new Ajv2020(AJV_OPTIONS).compile(jsonSchema)

/** Every questionnaire version file, questionnaires/<id>/<version>.json (not the schemas or drafts). */
const versionFiles = readdirSync(QUESTIONNAIRES)
  .filter((name) => !['schema', 'drafts'].includes(name) && statSync(join(QUESTIONNAIRES, name)).isDirectory())
  .flatMap((folder) => readdirSync(join(QUESTIONNAIRES, folder)).filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name)).map((name) => `${folder}/${name}`))
  .sort()

const readVersion = (file: string) => readJson(join(QUESTIONNAIRES, file)) as JsonObject

/**
 * Issue codes of rules across fields that JSON Schema cannot state (uniqueness of ids, references,
 * sums, order). Every other rule of the loader is in the schema too. A duplicate in
 * `profileFields` is not among them: `uniqueItems` states it.
 */
const CROSS_FIELD_CODES: ReadonlySet<string> = new Set([
  'duplicate', 'unknown-dimension', 'unknown-topic', 'unknown-step', 'unused-step', 'level-min-increasing', 'max-points-unreachable',
  'number-range', 'band-first-min', 'band-order', 'band-outside-range',
])
/** An empty, blank or too long `visibleIf` is in the schema; every other expression rule is not. */
const SCHEMA_EXPRESSION_CODES: ReadonlySet<string> = new Set(['expression-empty', 'expression-too-long'])

function isCrossField(found: Issue): boolean {
  if (found.code.startsWith('expression-')) return !SCHEMA_EXPRESSION_CODES.has(found.code)
  return CROSS_FIELD_CODES.has(found.code) && !found.path.startsWith('$.profileFields')
}

interface Verdicts {
  schema: boolean
  loader: boolean
  /** The loader refuses, but only for rules the schema cannot state. */
  crossFieldOnly: boolean
  issues: Issue[]
}

function verdicts(input: unknown): Verdicts {
  const loaded = loadQuestionnaire(input)
  const issues = loaded.ok ? [] : loaded.errors
  return { schema: accepts(input), loader: loaded.ok, crossFieldOnly: !loaded.ok && issues.every(isCrossField), issues }
}

/** The schema accepts exactly what the loader accepts, apart from the rules across fields. */
const agrees = (found: Verdicts) => found.schema === (found.loader || found.crossFieldOnly)

// ---------------------------------------------------------------------------------------------
// Variants generated from a real file

type VariantKind = 'unknown key' | 'key of another place' | 'missing key' | 'wrong type' | 'other value' | 'too many items' | 'empty list'

/** Sets (or, with REMOVE, deletes) `key` of the object at `path`; applied to the document and undone after each check. */
interface Variant {
  kind: VariantKind
  name: string
  path: (string | number)[]
  key: string
  value: JsonValue | typeof REMOVE
}

const REMOVE = Symbol('remove')

const typeName = (value: JsonValue) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/** A value of another JSON type than `value`. */
function otherType(value: JsonValue): JsonValue {
  switch (typeName(value)) {
    case 'string':
      return 42
    case 'number':
      return '7'
    case 'boolean':
      return 'true'
    case 'array':
      return {}
    default:
      return []
  }
}

/** Values of the same type that test limits: empty, blank, not an id, too long; below, at and above bounds. */
function otherValues(value: JsonValue): JsonValue[] {
  if (typeof value === 'string') return ['', '   ', 'Not A Code', 'Capital', 'a'.repeat(2001), 'a'.repeat(20_001)]
  if (typeof value === 'number') return [-1, 0, 0.5, 101, 20_000]
  return []
}

/**
 * A copy of a real questionnaire that keeps one question of each kind (type, scope, keys of the
 * question and of its options), the questions their conditions read and only the steps they name:
 * still valid, and small enough to break in thousands of ways quickly.
 */
function slim(file: JsonObject): JsonObject {
  const questions = file.questions as JsonObject[]
  const kinds = new Set<string>()
  const keep = new Set<number>()
  const indexById = new Map(questions.map((question, index) => [question.id as string, index]))
  const add = (index: number) => {
    if (keep.has(index)) return
    keep.add(index)
    for (const [, id] of String(questions[index]!.visibleIf ?? '').matchAll(/answers\.([a-z0-9-]+)/g)) add(indexById.get(id!)!)
  }
  questions.forEach((question, index) => {
    const optionKeys = ((question.options ?? []) as JsonObject[]).flatMap((option) => Object.keys(option))
    const kind = [question.type, question.scope, Object.keys(question).sort().join(), [...new Set(optionKeys)].sort().join()].join('|')
    if (kinds.has(kind)) return
    kinds.add(kind)
    add(index)
  })
  const kept = questions.filter((_question, index) => keep.has(index))
  const named = new Set<JsonValue>()
  for (const question of kept) {
    const holders = [question, ...((question.options ?? []) as JsonObject[]), ...((question.bands ?? []) as JsonObject[])]
    for (const holder of holders) for (const key of ['steps', 'stepsIfNotChosen', 'stepsIfNo']) for (const id of (holder[key] ?? []) as JsonValue[]) named.add(id)
  }
  const copy: JsonObject = { ...file, questions: kept }
  if (Array.isArray(file.steps)) copy.steps = (file.steps as JsonObject[]).filter((step) => named.has(step.id!))
  return copy
}

/** Walks `doc` and lists each object once per kind of place (path without indices, the question's type and scope, its keys). */
function objectPlaces(doc: JsonValue): { path: (string | number)[]; node: JsonObject }[] {
  const places: { path: (string | number)[]; node: JsonObject }[] = []
  const seen = new Set<string>()
  const visit = (value: JsonValue, path: (string | number)[], context: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index], context))
      return
    }
    if (value === null || typeof value !== 'object') return
    const inner = path.length === 2 && path[0] === 'questions' ? `${String(value.type)}/${String(value.scope)}` : context
    const isText = Object.keys(value).sort().join() === 'de,en'
    const kind = isText ? 'text' : `${path.filter((part) => typeof part === 'string').join('.')}|${inner}|${Object.keys(value).sort().join()}`
    if (!seen.has(kind)) {
      seen.add(kind)
      places.push({ path, node: value })
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key], inner)
  }
  visit(doc, [], '')
  return places
}

function at(doc: JsonValue, path: (string | number)[]): JsonObject {
  return path.reduce<JsonValue>((node, key) => (node as Record<string | number, JsonValue>)[key]!, doc) as JsonObject
}

const pathName = (path: (string | number)[], key: string) => `$${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}.${key}`

/** Ways to break `doc`: at each kind of place an unknown key, and each key removed, retyped, set to limit values, emptied or overfilled. */
function variantsOf(doc: JsonObject): Variant[] {
  const variants: Variant[] = []
  const change = (kind: VariantKind, path: (string | number)[], key: string, name: string, value: Variant['value']) =>
    variants.push({ kind, name: `${pathName(path, key)}: ${name}`, path, key, value })
  // Keys that belong elsewhere (or to the other format), with values that would be valid there.
  const elsewhere: JsonObject = {
    scope: 'firm', points: 1, maxPoints: 1, notRelevant: true, exclusive: true, steps: [], stepsIfNo: [], stepsIfNotChosen: [], sources: [],
    estimatedMinutes: 10, weight: 1, required: true, help: { de: 'Hilfe', en: 'Help' }, topic: (doc.topics as JsonObject[])[0]!.id!,
  }
  for (const { path, node } of objectPlaces(doc)) {
    change('unknown key', path, 'colour', 'unknown key', 'red')
    for (const [key, value] of Object.entries(elsewhere)) if (!(key in node)) change('key of another place', path, key, 'added', value)
    for (const [key, value] of Object.entries(node)) {
      change('missing key', path, key, 'removed', REMOVE)
      change('wrong type', path, key, `${typeName(value)} → ${typeName(otherType(value))}`, otherType(value))
      for (const other of otherValues(value)) change('other value', path, key, JSON.stringify(other).slice(0, 20), other)
      if (Array.isArray(value) && value.length > 0) {
        const first = value[0]!
        // A list of codes or ids: its first item retyped and set to limit values.
        if (first === null || typeof first !== 'object') {
          change('wrong type', [...path, key], '0', `${typeName(first)} → ${typeName(otherType(first))}`, otherType(first))
          for (const other of otherValues(first)) change('other value', [...path, key], '0', JSON.stringify(other).slice(0, 20), other)
        }
        change('empty list', path, key, '[]', [])
        // Every list in a questionnaire holds at most 2,000 items.
        change('too many items', path, key, '2,001 items', Array.from({ length: 2001 }, (_x, index) => value[index % value.length]!))
      }
    }
  }
  return variants
}

/** Runs `check` on `doc` with the variant applied, then restores `doc`. */
function withVariant<T>(doc: JsonObject, { path, key, value }: Variant, check: () => T): T {
  const node = at(doc, path)
  const had = Object.prototype.hasOwnProperty.call(node, key)
  const before = node[key]
  if (value === REMOVE) delete node[key]
  else node[key] = value
  try {
    return check()
  } finally {
    if (had) node[key] = before!
    else delete node[key]
  }
}

/** Checks every generated variant of `base` (which both must accept) with both, and lists where they disagree. */
function expectAgreementOnVariants(base: JsonObject): void {
  expect(verdicts(base)).toMatchObject({ schema: true, loader: true })
  const refusedByBoth = new Map<VariantKind, number>()
  const disagreements: string[] = []
  const alwaysRefused: VariantKind[] = ['unknown key', 'wrong type', 'too many items']
  for (const variant of variantsOf(base)) {
    withVariant(base, variant, () => {
      const found = verdicts(base)
      if (!found.schema && !found.loader) refusedByBoth.set(variant.kind, (refusedByBoth.get(variant.kind) ?? 0) + 1)
      const mustRefuse = alwaysRefused.includes(variant.kind)
      if (!agrees(found) || (mustRefuse && (found.schema || found.loader))) {
        const schemaErrors = validate(base) ? 'accepts' : JSON.stringify(validate.errors?.slice(0, 2).map((error) => `${error.instancePath} ${error.message}`))
        disagreements.push(`${variant.name}: schema ${schemaErrors}; loader ${found.loader ? 'accepts' : JSON.stringify(found.issues.slice(0, 2))}`)
      }
    })
  }
  expect(disagreements).toEqual([])
  expect(verdicts(base), 'every variant was undone').toMatchObject({ schema: true, loader: true })
  // Not vacuous: every kind of breakage was tried, and refused by both, several times.
  for (const kind of ['unknown key', 'key of another place', 'missing key', 'wrong type', 'other value', 'too many items', 'empty list'] as const) {
    expect(refusedByBoth.get(kind) ?? 0, kind).toBeGreaterThan(2)
  }
}

const t = (de: string, en: string) => ({ de, en })

/** minimal-valid.json in format 2, with context questions, "not relevant" options, sources and next steps on every kind of holder. */
function formatTwoWithEveryKind(): JsonObject {
  const file = minimalValidV2() as JsonObject & { questions: JsonObject[] }
  const byId = (id: string) => file.questions.find((question) => question.id === id) as JsonObject & { options?: JsonObject[]; bands?: JsonObject[] }
  const step = (id: string): JsonObject => ({ id, text: t(`Schritt ${id}`, `Step ${id}`), effortHours: 4, costBand: 'low', quickWin: false, measureKinds: ['consultation'] })
  file.steps = [step('first-site'), step('shop-start'), step('backups'), step('faster-line')]
  byId('website').stepsIfNo = ['first-site']
  byId('shop').options![0]!.steps = ['shop-start']
  byId('shop').options!.push({ id: 'egal', text: t('Für unsere Kunden nicht relevant', 'Not relevant for our customers'), notRelevant: true })
  byId('shop').sources = [{ title: 'Quelle', url: 'https://example.org/quelle', date: '2026-11-29' }]
  byId('schutz').options![0]!.stepsIfNotChosen = ['backups']
  byId('bandbreite').bands![0]!.steps = ['faster-line']
  file.questions.push(
    { id: 'line-offered', dimension: 'breitband', scope: 'context', type: 'number', text: t('Angebotene Bandbreite?', 'Bandwidth offered?'), unit: t('Mbit/s', 'Mbit/s'), min: 0, max: 10000, bands: [{ min: 0, label: t('unter 100', 'below 100') }, { min: 100, label: t('ab 100', '100 or more') }] },
    { id: 'schools', dimension: 'bildung', scope: 'context', type: 'multiple', text: t('Welche Schulen?', 'Which schools?'), options: [{ id: 'berufsschule', text: t('Berufsschule', 'Vocational school') }, { id: 'keine', text: t('Keine', 'None'), exclusive: true }] },
    { id: 'fibre-planned', dimension: 'breitband', scope: 'context', type: 'yesno', text: t('Glasfaser geplant?', 'Fibre planned?') },
    { id: 'support-nearby', dimension: 'beratung', scope: 'context', type: 'single', text: t('Hilfe in der Nähe?', 'Support nearby?'), options: [{ id: 'ja', text: t('Ja', 'Yes') }, { id: 'nein', text: t('Nein', 'No') }] },
    { id: 'umfeld-notiz', dimension: 'beratung', scope: 'context', type: 'text', text: t('Noch etwas zum Umfeld?', 'Anything else about your surroundings?') },
  )
  return file
}

// ---------------------------------------------------------------------------------------------

describe('questionnaire.schema.json', () => {
  it('is a draft 2020-12 schema of both file formats, chosen by formatVersion', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(jsonSchema.required).toEqual(['formatVersion'])
    expect(jsonSchema.$defs.formatV1!.properties.formatVersion).toEqual({ const: 1 })
    expect(jsonSchema.$defs.formatV2!.properties.formatVersion).toEqual({ const: 2 })
    expect(jsonSchema.$defs.formatV1!.additionalProperties).toBe(false)
    expect(jsonSchema.$defs.formatV2!.additionalProperties).toBe(false)
  })

  it('requires the same top-level keys as the loader for each format, and declares no key the loader does not know', () => {
    const cases: [string, Schema<unknown>, () => Record<string, unknown>][] = [
      ['formatV1', questionnaireFormatV1 as Schema<unknown>, minimalValid],
      ['formatV2', questionnaireFormatV2 as Schema<unknown>, minimalValidV2],
    ]
    for (const [name, loaderSchema, valid] of cases) {
      const empty = parse(loaderSchema, {})
      const required = empty.ok ? [] : empty.issues.filter((found) => found.code === 'required').map((found) => found.path.replace(/^\$\./, ''))
      const format = jsonSchema.$defs[name]!
      expect([...(format.required as string[])].sort(), name).toEqual(required.sort())
      for (const key of Object.keys(format.properties)) {
        const result = parse(loaderSchema, { ...valid(), [key]: valid()[key] ?? 'x' })
        const unknown = result.ok ? [] : result.issues.filter((found) => found.path === `$.${key}` && found.code.startsWith('unknown-key'))
        expect(unknown, `${name}.${key}`).toEqual([])
      }
    }
  })

  it('uses the same codes as the app', () => {
    const defs = jsonSchema.$defs
    expect(defs.dimensionId!.enum).toEqual([...DIMENSION_IDS])
    expect((defs.formatV2!.properties.profileFields!.items as JsonObject).enum).toEqual([...PROFILE_FIELD_IDS])
    expect((defs.formatV1!.properties.profileFields!.items as JsonObject).enum).toEqual(Object.keys(PROFILE_FIELDS_V1))
    expect(defs.questionV2!.properties.type!.enum).toEqual([...QUESTION_TYPES])
    expect(defs.questionV1!.properties.type!.enum).toEqual([...QUESTION_TYPES])
    expect((defs.nextStep!.properties.measureKinds!.items as JsonObject).enum).toEqual([...MEASURE_KINDS])
    for (const type of QUESTION_TYPES) for (const format of [1, 2]) expect(defs[`${type}QuestionV${format}`], `${type}QuestionV${format}`).toBeDefined()
  })

  it('accepts exactly the real calendar days as dates, as the loader does', () => {
    const pattern = new RegExp((jsonSchema.$defs.isoDate as JsonObject).pattern as string, 'u')
    const pad = (value: number, length: number) => String(value).padStart(length, '0')
    const disagreements: string[] = []
    for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2025, 2026, 2027, 2028, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
          if (pattern.test(date) !== isIsoDate(date)) disagreements.push(date)
        }
      }
    }
    expect(disagreements).toEqual([])
    expect(['2026-1-01', '26-01-01', '2026-01-01T00:00', ' 2026-01-01'].filter((date) => pattern.test(date))).toEqual([])
  })

  it('finds the shipped questionnaire versions', () => {
    expect(versionFiles).toEqual(expect.arrayContaining([
      'digitalisierungsgrad-check/1.0.0.json', 'digitalisierungsgrad-check/2.0.0.json', 'schnellcheck-handwerk/1.0.0.json', 'schnellcheck-handwerk/2.0.0.json',
    ]))
  })

  it.each(versionFiles)('validates %s, which names this schema in $schema and loads', (file) => {
    const questionnaire = readVersion(file)
    expect(resolve(dirname(join(QUESTIONNAIRES, file)), questionnaire.$schema as string)).toBe(SCHEMA_FILE)
    expect(loadQuestionnaire(questionnaire).ok, file).toBe(true)
    expect(validate(questionnaire), `${file}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true)
  })

  it('validates the minimal test files of both formats', () => {
    for (const file of [minimalValid(), minimalValidV2()]) {
      expect(loadQuestionnaire(file).ok).toBe(true)
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  // One real file of each format is enough: the variants are generated per kind of place, and
  // format 1 is the only one with number and free-text questions in the shipped files.
  const generatedFrom = ['digitalisierungsgrad-check/2.0.0.json', 'schnellcheck-handwerk/2.0.0.json', 'digitalisierungsgrad-check/1.0.0.json', 'schnellcheck-handwerk/1.0.0.json']

  it.each(generatedFrom)('agrees with the loader on every variant generated from %s', (file) => {
    expectAgreementOnVariants(slim(readVersion(file)))
  }, 60_000)

  // The shipped format-2 files have no number or free-text questions, no context multiple choice
  // and no next steps on bands: a format-2 copy of the minimal test file adds them.
  it('agrees with the loader on every variant of a format-2 file with every question type and scope', () => {
    expectAgreementOnVariants(formatTwoWithEveryKind())
  }, 60_000)

  // ---------------------------------------------------------------------------------------------
  // Named breakages of the real flagship file, one per rule, so a failure reads as a sentence.

  const flagship = () => readVersion('digitalisierungsgrad-check/2.0.0.json') as JsonObject & { questions: JsonObject[]; steps: JsonObject[]; levels: JsonObject[]; dimensions: JsonObject[] }
  const find = (doc: ReturnType<typeof flagship>, test: (question: JsonObject) => boolean) => {
    const question = doc.questions.find(test)
    if (!question) throw new Error('the flagship has no such question')
    return question as JsonObject & { options: JsonObject[] }
  }
  const firm = (type: string) => (question: JsonObject) => question.type === type && question.scope === 'firm'
  const context = (type: string) => (question: JsonObject) => question.type === type && question.scope === 'context'
  const withNotRelevant = (question: JsonObject) => ((question.options ?? []) as JsonObject[]).some((option) => option.notRelevant === true)
  const withSources = (question: JsonObject) => Array.isArray(question.sources)
  type Doc = ReturnType<typeof flagship>

  const refusedByBoth: [string, (doc: Doc) => void, string][] = [
    ['an unknown top-level key', (doc) => { doc.author = 'me' }, 'unknown-key'],
    ['an unknown key on a question', (doc) => { doc.questions[0]!.colour = 'red' }, 'unknown-key'],
    ['an unknown key on a next step', (doc) => { doc.steps[0]!.price = 10 }, 'unknown-key'],
    ['a third language', (doc) => { (doc.title as JsonObject).fr = 'x' }, 'unknown-key-suggestion'],
    ['a missing scope', (doc) => { delete doc.questions[0]!.scope }, 'required'],
    ['a missing effortHours', (doc) => { delete doc.steps[0]!.effortHours }, 'required'],
    ['a missing English text', (doc) => { delete (doc.questions[1]!.text as JsonObject).en }, 'required'],
    ['a blank German text', (doc) => { (doc.description as JsonObject).de = ' \n ' }, 'not-blank'],
    ['options as a string', (doc) => { find(doc, firm('single')).options = 'a, b' as unknown as JsonObject[] }, 'wrong-type'],
    ['a weight as a string', (doc) => { doc.questions[0]!.weight = '2' }, 'wrong-type'],
    ['a quickWin as a string', (doc) => { doc.steps[0]!.quickWin = 'yes' }, 'wrong-type'],
    ['an unknown scope', (doc) => { doc.questions[0]!.scope = 'both' }, 'not-allowed'],
    ['an unknown question type', (doc) => { doc.questions[0]!.type = 'matrix' }, 'not-allowed'],
    ['an unknown dimension', (doc) => { doc.questions[0]!.dimension = 'marketing' }, 'not-allowed'],
    ['an unknown cost band', (doc) => { doc.steps[0]!.costBand = 'cheap' }, 'not-allowed'],
    ['an unknown measure kind', (doc) => { doc.steps[0]!.measureKinds = ['loan'] }, 'not-allowed'],
    ['an unknown profile field', (doc) => { (doc.profileFields as string[]).push('colour') }, 'not-allowed'],
    ['a profile field twice', (doc) => { (doc.profileFields as string[]).push('state') }, 'duplicate'],
    ['format version 3', (doc) => { doc.formatVersion = 3 }, 'newer-version'],
    ['the author\'s minutes of format 1', (doc) => { doc.estimatedMinutes = 20 }, 'unknown-key'],
    ['an id with capitals', (doc) => { doc.steps[0]!.id = 'Setup-MFA' }, 'pattern'],
    ['a version that is not semver', (doc) => { doc.version = '2.0' }, 'pattern'],
    ['an http source', (doc) => { ((find(doc, withSources).sources as JsonObject[])[0]!).url = 'http://example.org' }, 'pattern'],
    ['a source date that does not exist', (doc) => { ((find(doc, withSources).sources as JsonObject[])[0]!).date = '2026-02-30' }, 'date'],
    ['effortHours of 0', (doc) => { doc.steps[0]!.effortHours = 0 }, 'not-above'],
    ['a weight of 0', (doc) => { doc.questions[0]!.weight = 0 }, 'not-above'],
    ['a minScore above 100', (doc) => { doc.levels[4]!.minScore = 101 }, 'above-max'],
    ['51 options', (doc) => { const question = find(doc, firm('single')); question.options = Array.from({ length: 51 }, (_x, index) => ({ ...question.options[0]!, id: `o${index}` })) }, 'too-many'],
    ['one option', (doc) => { const question = find(doc, firm('single')); question.options = question.options.slice(0, 1) }, 'too-few'],
    ['21 next steps on one option', (doc) => { find(doc, firm('single')).options[0]!.steps = Array.from({ length: 21 }, () => 'setup-mfa') }, 'too-many'],
    ['11 sources', (doc) => { const question = find(doc, withSources); question.sources = Array.from({ length: 11 }, () => (question.sources as JsonValue[])[0]!) }, 'too-many'],
    ['six measure kinds', (doc) => { doc.steps[0]!.measureKinds = [...MEASURE_KINDS, 'funding'] }, 'too-many'],
    ['six levels', (doc) => { doc.levels.push({ ...doc.levels[4]!, level: 6, minScore: 90 }) }, 'level-count'],
    ['levels out of order', (doc) => { doc.levels[1]!.level = 3 }, 'level-order'],
    ['level 1 above 0', (doc) => { doc.levels[0]!.minScore = 5 }, 'level-first-min'],
    ['four advice entries', (doc) => { (doc.dimensions[0]!.advice as JsonValue[]).pop() }, 'advice-count'],
    ['points on a context option', (doc) => { find(doc, context('single')).options[0]!.points = 1 }, 'points-in-context'],
    ['next steps on a context option', (doc) => { find(doc, context('single')).options[0]!.steps = ['setup-mfa'] }, 'steps-in-context'],
    ['a firm option without points', (doc) => { delete find(doc, firm('single')).options[0]!.points }, 'points-missing'],
    ['a firm single choice without positive points', (doc) => { for (const option of find(doc, firm('single')).options) option.points = 0 }, 'no-points'],
    ['a firm multiple choice without maxPoints', (doc) => { delete find(doc, firm('multiple')).maxPoints }, 'points-missing'],
    ['a firm yes/no question without points', (doc) => { delete find(doc, firm('yesno')).points }, 'points-missing'],
    ['a yes/no question with no positive points', (doc) => { find(doc, firm('yesno')).points = { yes: 0, no: 0 } }, 'no-points'],
    ['a "not relevant" option with points', (doc) => { const option = find(doc, withNotRelevant).options.find((candidate) => candidate.notRelevant)!; option.points = 0 }, 'not-relevant-with-points'],
    ['a blank condition', (doc) => { doc.questions[3]!.visibleIf = '  ' }, 'expression-empty'],
    ['a condition of 2,001 characters', (doc) => { doc.questions[3]!.visibleIf = `profile.apprentices == true${' '.repeat(1974)}` }, 'expression-too-long'],
  ]

  it.each(refusedByBoth)('refuses %s, as the loader does', (_name, breakIt, code) => {
    const doc = flagship()
    breakIt(doc)
    const found = verdicts(doc)
    expect(found.issues.map((issue) => issue.code)).toContain(code)
    expect(found.schema).toBe(false)
  })

  // Rules across fields: the loader refuses, the schema cannot (its description lists them).
  const refusedByLoaderOnly: [string, (doc: Doc) => void, string][] = [
    ['a question id twice', (doc) => { doc.questions[1]!.id = doc.questions[0]!.id as string }, 'duplicate'],
    ['an undeclared topic', (doc) => { doc.questions[0]!.topic = 'astrology' }, 'unknown-topic'],
    ['a dimension the file does not declare', (doc) => { doc.dimensions.pop() }, 'unknown-dimension'],
    ['an undeclared next step', (doc) => { find(doc, firm('single')).options[0]!.steps = ['fly-to-the-moon'] }, 'unknown-step'],
    ['a next step no question names', (doc) => { doc.steps.push({ ...doc.steps[0]!, id: 'orphan-step' }) }, 'unused-step'],
    ['levels whose minScore falls', (doc) => { doc.levels[2]!.minScore = 10 }, 'level-min-increasing'],
    ['a maxPoints above what the options give', (doc) => { find(doc, firm('multiple')).maxPoints = 1000 }, 'max-points-unreachable'],
    ['a condition on a later question', (doc) => { doc.questions[0]!.visibleIf = `answers.${String(doc.questions[5]!.id)} == null` }, 'expression-forward-reference'],
    ['a condition with an unknown option id', (doc) => { doc.questions[3]!.visibleIf = `answers.${String(find(doc, firm('single')).id)} == 'nope'` }, 'expression-not-a-code'],
    ['a condition with a syntax error', (doc) => { doc.questions[3]!.visibleIf = 'profile.apprentices = true' }, 'expression-unexpected-character'],
  ]

  it.each(refusedByLoaderOnly)('accepts %s, which only the loader refuses (a rule across fields)', (_name, breakIt, code) => {
    const doc = flagship()
    breakIt(doc)
    const found = verdicts(doc)
    expect(found.issues.map((issue) => issue.code)).toContain(code)
    expect(found.crossFieldOnly).toBe(true)
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })

  // Number and free-text questions are only in the format-1 files.
  const flagshipV1 = () => readVersion('digitalisierungsgrad-check/1.0.0.json') as JsonObject & { questions: JsonObject[] }
  const numberQuestion = (doc: ReturnType<typeof flagshipV1>) => doc.questions.find((question) => question.type === 'number') as JsonObject & { bands: JsonObject[] }
  const formatOneCases: [string, (doc: ReturnType<typeof flagshipV1>) => void, string, boolean][] = [
    ['number bands without positive points', (doc) => { for (const band of numberQuestion(doc).bands) band.points = 0 }, 'no-points', false],
    ['a number band without points', (doc) => { delete numberQuestion(doc).bands[1]!.points }, 'required', false],
    ['points on a free-text question', (doc) => { doc.questions.find((question) => question.type === 'text')!.points = { yes: 1, no: 0 } }, 'unknown-key', false],
    ['next steps on a number band', (doc) => { numberQuestion(doc).bands[0]!.steps = [] }, 'unknown-key', false],
    ['a number question whose max is not above its min', (doc) => { numberQuestion(doc).max = numberQuestion(doc).min! }, 'number-range', true],
    ['number bands out of order', (doc) => { numberQuestion(doc).bands[2]!.min = 0 }, 'band-order', true],
  ]

  it.each(formatOneCases)('treats %s in format 1 as the loader does', (_name, breakIt, code, loaderOnly) => {
    const doc = flagshipV1()
    breakIt(doc)
    const found = verdicts(doc)
    expect(found.issues.map((issue) => issue.code)).toContain(code)
    expect(found).toMatchObject({ schema: loaderOnly, crossFieldOnly: loaderOnly })
  })

  it('refuses a format-2 field in a format-1 file, as the loader does', () => {
    const doc = readVersion('schnellcheck-handwerk/1.0.0.json') as JsonObject & { questions: JsonObject[] }
    doc.questions[0]!.scope = 'firm'
    const found = verdicts(doc)
    expect(found.issues).toEqual([{ path: '$.questions[0].scope', code: 'unknown-key', params: { key: 'scope' } }])
    expect(found.schema).toBe(false)
    const withoutMinutes = readVersion('schnellcheck-handwerk/1.0.0.json')
    delete withoutMinutes.estimatedMinutes
    expect(verdicts(withoutMinutes)).toMatchObject({ schema: false, loader: false, issues: [{ path: '$.estimatedMinutes', code: 'required' }] })
  })
})
