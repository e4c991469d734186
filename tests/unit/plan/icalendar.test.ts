import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, fold, toICalendar, type CalendarEntry } from '@/domain/plan/icalendar'

/**
 * The calendar file is checked by parsing it with a real iCalendar parser (ical.js), not by
 * comparing it with a string: what counts is what a calendar program reads.
 */

const NOW = '2026-11-29T10:15:30.123Z'
const encoder = new TextEncoder()
/** ical.js's own decoder of TEXT values (RFC 5545 §3.3.11). */
const textValue = (ICAL.design.icalendar.value as unknown as Record<string, { fromICAL(value: string): string }>).text!

interface ReadEvent {
  uid: string
  summary: string
  description: string
  start: { isDate: boolean; text: string }
  end: { isDate: boolean; text: string }
  stamp: { isDate: boolean; zone: string | undefined; iso: string }
}

function readCalendar(text: string): { name: string; version: unknown; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  expect(calendar.name).toBe('vcalendar')
  const events = calendar.getAllSubcomponents('vevent').map((event): ReadEvent => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time
    return {
      uid: event.getFirstPropertyValue('uid') as string,
      summary: event.getFirstPropertyValue('summary') as string,
      description: event.getFirstPropertyValue('description') as string,
      start: { isDate: start.isDate, text: start.toString() },
      end: { isDate: end.isDate, text: end.toString() },
      stamp: { isDate: stamp.isDate, zone: stamp.zone?.tzid, iso: stamp.toJSDate().toISOString() },
    }
  })
  // ical.js does not know the (de-facto TEXT) X-WR-CALNAME and hands it over still escaped.
  const rawName = calendar.getFirstPropertyValue('x-wr-calname') as string
  return { name: textValue.fromICAL(rawName), version: calendar.getFirstPropertyValue('version'), events }
}

/** The physical lines of the file; every one must end in CRLF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true)
  const lines = text.slice(0, -2).split('\r\n')
  for (const line of lines) {
    expect(line.includes('\n') || line.includes('\r'), JSON.stringify(line)).toBe(false)
  }
  return lines
}

function expectLineLimits(text: string): void {
  for (const line of physicalLines(text)) {
    expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75)
    // A multi-byte character is never cut: each line is valid UTF-16 without a lone surrogate half
    // introduced by the fold, and encodes to exactly its own characters.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).toBe(line)
  }
}

const LONG = `${'Förderprogramm „Digital Jetzt“ beantragen, Unterlagen prüfen; Angebot einholen – '.repeat(4)}😀👩‍🔧 ende`

const entries: CalendarEntry[] = [
  {
    uid: 'step-check-1-s1@reifegrad',
    date: '2026-12-31',
    summary: 'Tischlerei Meyer: Backup, Passwörter; Rechte\\Rollen prüfen',
    description: 'Feld: Reifegrad\nVerantwortlich: Frau Öztürk\r\nStatus: offen\rEnde',
  },
  {
    uid: 'review-check-1@reifegrad',
    date: '2026-02-28',
    summary: LONG,
    description: `${'ä'.repeat(120)}\n${'€'.repeat(90)}`,
  },
  { uid: 'step-check-2-s9@reifegrad', date: '2028-02-29', summary: 'Schaltjahr', description: '' },
  { uid: 'step-check-3-s1@reifegrad', date: '2026-04-30', summary: 'Ende April', description: 'x' },
]

describe('toICalendar', () => {
  const text = toICalendar(entries, { name: 'Reifegrad – Termine, Wiedervorlagen', now: NOW })

  it('is a calendar a real parser reads, with one all-day event per entry', () => {
    const calendar = readCalendar(text)
    expect(calendar.version).toBe('2.0')
    expect(calendar.name).toBe('Reifegrad – Termine, Wiedervorlagen')
    expect(calendar.events.map((event) => event.uid)).toEqual(entries.map((entry) => entry.uid))
  })

  it('keeps commas, semicolons, backslashes, umlauts, emoji and long texts exactly; line breaks as line feeds', () => {
    const { events } = readCalendar(text)
    expect(events[0]!.summary).toBe(entries[0]!.summary)
    expect(events[0]!.description).toBe('Feld: Reifegrad\nVerantwortlich: Frau Öztürk\nStatus: offen\nEnde')
    expect(LONG.length).toBeGreaterThan(200)
    expect(events[1]!.summary).toBe(LONG)
    expect(events[1]!.description).toBe(entries[1]!.description)
    expect(events[2]!.description).toBe('')
  })

  it('starts each event on its date (a DATE value) and ends it the next day, across month, year and leap-day ends', () => {
    const { events } = readCalendar(text)
    expect(events.map((event) => [event.start, event.end])).toEqual([
      [{ isDate: true, text: '2026-12-31' }, { isDate: true, text: '2027-01-01' }],
      [{ isDate: true, text: '2026-02-28' }, { isDate: true, text: '2026-03-01' }],
      [{ isDate: true, text: '2028-02-29' }, { isDate: true, text: '2028-03-01' }],
      [{ isDate: true, text: '2026-04-30' }, { isDate: true, text: '2026-05-01' }],
    ])
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n')
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n')
  })

  it('stamps every event with the export time in UTC, to the second', () => {
    const { events } = readCalendar(text)
    for (const event of events) expect(event.stamp).toEqual({ isDate: false, zone: 'UTC', iso: '2026-11-29T10:15:30.000Z' })
    expect(text).toContain('DTSTAMP:20261129T101530Z\r\n')
    // A time given with an offset is converted, not copied.
    const shifted = readCalendar(toICalendar(entries.slice(0, 1), { name: 'x', now: '2026-11-29T23:30:00+02:00' }))
    expect(shifted.events[0]!.stamp.iso).toBe('2026-11-29T21:30:00.000Z')
  })

  it('ends every line in CRLF and keeps every physical line within 75 octets', () => {
    expectLineLimits(text)
    expect(physicalLines(text).some((line) => line.startsWith(' '))).toBe(true)
  })

  it('an empty list is still a valid calendar', () => {
    const empty = toICalendar([], { name: 'Leer', now: NOW })
    expect(readCalendar(empty).events).toEqual([])
    expectLineLimits(empty)
  })

  it('property: any summary, description and id survive the round trip (line breaks become line feeds)', () => {
    // Text as a user may type it: any characters (incl. astral ones) except other control characters.
    const typed = fc
      .string({ unit: fc.oneof(fc.constantFrom(',', ';', '\\', '\n', '\r\n', '\r', ':', '"', ' ', 'ß', 'é', '€', '😀', '\u0301'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 300 })
      .filter((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value))
    const day = fc.integer({ min: 0, max: 3000 }).map((days) => new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10))
    const entryArb = fc.record({ uid: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((v) => !/[\u0000-\u001f\u007f]/.test(v)), date: day, summary: typed, description: typed })
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 4 }), (list) => {
        const file = toICalendar(list, { name: 'Termine', now: NOW })
        expectLineLimits(file)
        const { events } = readCalendar(file)
        expect(events.map((event) => event.uid)).toEqual(list.map((entry) => entry.uid))
        expect(events.map((event) => event.summary)).toEqual(list.map((entry) => entry.summary.replace(/\r\n|\r/g, '\n')))
        expect(events.map((event) => event.description)).toEqual(list.map((entry) => entry.description.replace(/\r\n|\r/g, '\n')))
        expect(events.map((event) => event.start.text)).toEqual(list.map((entry) => entry.date))
        for (const [index, event] of events.entries()) {
          const next = new Date(Date.parse(`${list[index]!.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
          expect(event.end).toEqual({ isDate: true, text: next })
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes every kind of line break as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d')
    expect(escapeText('1\n2\r\n3\r4')).toBe('1\\n2\\n3\\n4')
    expect(escapeText('Grüße: "Doppelpunkt" bleibt')).toBe('Grüße: "Doppelpunkt" bleibt')
  })

  it('an escaped backslash is not read as the start of another escape', () => {
    const text = toICalendar([{ uid: 'u', date: '2026-01-01', summary: 'C:\\new\\table,x', description: '\\n ist kein Umbruch' }], { name: 'n', now: NOW })
    const [event] = readCalendar(text).events
    expect(event!.summary).toBe('C:\\new\\table,x')
    expect(event!.description).toBe('\\n ist kein Umbruch')
  })
})

describe('fold', () => {
  it('leaves a line of up to 75 octets as it is', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`
    expect(encoder.encode(line).length).toBe(75)
    expect(fold(line)).toBe(line)
  })

  it('folds longer lines into parts of at most 75 octets, continuation lines starting with one space', () => {
    const line = `DESCRIPTION:${'y'.repeat(200)}`
    const parts = fold(line).split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(parts.every((part) => encoder.encode(part).length <= 75)).toBe(true)
    // The first line is used fully: a fold that wastes room is still correct, but this one does not.
    expect(encoder.encode(parts[0]!).length).toBe(75)
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line)
  })

  it('never cuts a two-, three- or four-byte character', () => {
    for (const character of ['ä', '€', '😀']) {
      for (let prefix = 0; prefix < 4; prefix++) {
        const line = `S:${'a'.repeat(prefix)}${character.repeat(60)}`
        const folded = fold(line)
        for (const part of folded.split('\r\n')) {
          expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
          expect(part.replace(/^ /, '').replace(/^S:a*/, '').replace(new RegExp(character, 'gu'), '')).toBe('')
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line)
      }
    }
  })

  it('property: unfolding gives back the line; every part fits and is whole UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }).filter((value) => !value.includes('\r') && !value.includes('\n')), (value) => {
        const folded = fold(value)
        expect(folded.replace(/\r\n /g, '')).toBe(value)
        for (const part of folded.split('\r\n')) {
          expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
          expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part))).toBe(part)
        }
      }),
      { numRuns: 300 },
    )
  })
})
