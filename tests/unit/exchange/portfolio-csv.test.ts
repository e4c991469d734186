import { describe, expect, it } from 'vitest'
import { csvField, csvText } from '@/domain/exchange/csv'
import { PORTFOLIO_COLUMNS, portfolioCsv, type PortfolioRow } from '@/domain/exchange/portfolio-csv'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import flagship from '../../../questionnaires/digitalisierungsgrad-check/1.0.0.json'
import { portfolioWords } from './portfolio-words'
import { companyRecord, completedRecord, draftRecord, sampleResult } from '../assessment/fixtures'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { AssessmentResult, ScoreSummary } from '@/domain/shapes/result'

const loaded = loadQuestionnaire(flagship)
if (!loaded.ok) throw new Error('the flagship questionnaire must load')
const QUESTIONNAIRE: Questionnaire = loaded.questionnaire
const KEY = `${QUESTIONNAIRE.id}@${QUESTIONNAIRE.version}`
const questionnaires = new Map([[KEY, QUESTIONNAIRE]])
const de = portfolioWords('de')
const en = portfolioWords('en')

function summary(score: number | null, level: ScoreSummary['level']): ScoreSummary {
  return { score, level, completeness: 1, answered: 3, notApplicable: 0, visible: 3 }
}

function result(): AssessmentResult {
  return {
    engineVersion: '1.0.0',
    questionnaire: KEY,
    overall: summary(62.5, 4),
    dimensions: [
      { ...summary(19.4, 1), dimension: 'bildung' },
      { ...summary(99.5, 5), dimension: 'fachkraefte' },
      { ...summary(null, null), dimension: 'breitband' },
      { ...summary(1234.4 / 20, 3), dimension: 'reifegrad' },
    ],
    topics: [],
  }
}

function check(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return completedRecord({
    questionnaireId: QUESTIONNAIRE.id,
    questionnaireVersion: QUESTIONNAIRE.version,
    result: result(),
    // 23:30 UTC on 31 March is already 1 April in Berlin.
    completedAt: '2025-03-31T23:30:00.000Z',
    ...overrides,
  })
}

function lines(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map((line) => line.split(';'))
}

describe('portfolioCsv', () => {
  it('starts with a BOM and writes the header in German and in English', () => {
    const german = portfolioCsv([], questionnaires, de)
    expect(german.startsWith('\uFEFFBetrieb;Datum;Fragebogen;Gesamt;Stufe;Bildungseinrichtungen;Digitalberatung;')).toBe(true)
    expect(lines(german)[0]).toEqual([
      'Betrieb', 'Datum', 'Fragebogen', 'Gesamt', 'Stufe',
      'Bildungseinrichtungen', 'Digitalberatung', 'Umsetzungsprojekte', 'Digitaler Reifegrad', 'Breitband gewerblich',
      'Breitband Bildungseinrichtungen', 'Fachkräftepotenzial',
      'Stufe Bildungseinrichtungen', 'Stufe Digitalberatung', 'Stufe Umsetzungsprojekte', 'Stufe Digitaler Reifegrad',
      'Stufe Breitband gewerblich', 'Stufe Breitband Bildungseinrichtungen', 'Stufe Fachkräftepotenzial',
    ])
    expect(german.endsWith('\r\n')).toBe(true)
    const english = lines(portfolioCsv([], questionnaires, en))[0]
    expect(english?.slice(0, 6)).toEqual(['Business', 'Date', 'Questionnaire', 'Overall', 'Level', 'Education institutions'])
    expect(english?.at(-1)).toBe('Level Skilled-worker potential')
  })

  it('refuses words that do not title every column', () => {
    expect(PORTFOLIO_COLUMNS).toHaveLength(19)
    expect(() => portfolioCsv([], questionnaires, { ...de, header: de.header.slice(1) })).toThrow(RangeError)
  })

  it('writes one row per completed check with rounded scores and level names', () => {
    const rows: PortfolioRow[] = [
      { company: companyRecord(), assessment: check() },
      { company: companyRecord(), assessment: draftRecord() },
      { company: null, assessment: check({ id: 'a-2' }) },
    ]
    const [header, first, second, ...rest] = lines(portfolioCsv(rows, questionnaires, de))
    expect(rest).toEqual([])
    expect(first).toHaveLength(header?.length ?? 0)
    expect(first).toEqual([
      'Tischlerei Meyer', '2025-04-01', 'digitalisierungsgrad-check@1.0.0', '63', 'Fortgeschritten',
      '19', '', '', '62', '', '', '100',
      'Einsteiger', '', '', 'Anwender', '', '', 'Vorreiter',
    ])
    expect(second?.[0]).toBe('eigener Betrieb')
    expect(lines(portfolioCsv(rows, questionnaires, en))[2]?.slice(0, 5)).toEqual([
      'own business', '2025-04-01', 'digitalisierungsgrad-check@1.0.0', '63', 'Advanced',
    ])
  })

  it('writes large numbers without separators and level numbers for an unknown questionnaire', () => {
    const unknown = completedRecord({ result: { ...sampleResult(), overall: summary(1234.6, 2) } })
    const [, row] = lines(portfolioCsv([{ company: null, assessment: unknown }], questionnaires, de, { timeZone: 'UTC' }))
    expect(row?.slice(1, 5)).toEqual(['2025-01-15', 'reifegrad-ni@1.0.0', '1235', '2'])
  })

  it('quotes separators, quotes and line breaks, and guards against formulas', () => {
    const firstCell = (name: string) => {
      const csv = portfolioCsv([{ company: companyRecord({ name }), assessment: check() }], questionnaires, de)
      const body = csv.slice(csv.indexOf('\r\n') + 2)
      expect(body.endsWith('\r\n')).toBe(true)
      return body.slice(0, body.indexOf(';2025-04-01;'))
    }
    expect(firstCell('Müller; Söhne')).toBe('"Müller; Söhne"')
    expect(firstCell('Der "Beste" Betrieb')).toBe('"Der ""Beste"" Betrieb"')
    expect(firstCell('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"')
    expect(firstCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(firstCell('+49 511')).toBe("'+49 511")
    expect(firstCell('-1')).toBe("'-1")
    expect(firstCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(firstCell('\tTab')).toBe("'\tTab")
    expect(firstCell('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })
})

describe('csv fields', () => {
  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('a"b')).toBe('"a""b"')
    expect(csvField('a\nb')).toBe('"a\nb"')
    expect(csvField('a\rb')).toBe('"a\rb"')
    expect(csvField('a,b')).toBe('a,b')
  })

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', '\rx', 'x=1', ' =1'].map(csvText)).toEqual([
      "'=1+1", "'+1", "'-1", "'@x", "'\tx", `"'\rx"`, 'x=1', ' =1',
    ])
  })
})
