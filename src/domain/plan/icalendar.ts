import { addDays } from '../iso-date'

/** One all-day entry of a calendar file. */
export interface CalendarEntry {
  /** Stable and unique, so importing the file again updates the entry instead of adding a copy. */
  uid: string
  /** The day, `YYYY-MM-DD`. */
  date: string
  summary: string
  description: string
}

/**
 * An iCalendar file (RFC 5545) of all-day events, one per entry. Events rather than to-dos: every
 * common calendar program shows events, few show to-dos. Lines end in CRLF and are folded at 75
 * octets without splitting a character; text is escaped as §3.3.11 says.
 */
export function toICalendar(entries: readonly CalendarEntry[], options: { name: string; now: string }): string {
  const stamp = utcStamp(options.now)
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Reifegrad//Massnahmenplan//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`]
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(entry.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(entry.date, 1))}`,
      `SUMMARY:${escapeText(entry.summary)}`,
      `DESCRIPTION:${escapeText(entry.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line into parts of at most 75 octets of UTF-8; each continuation starts with a space. */
export function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // The first line holds 75 octets; a continuation line's leading space counts as one of its 75.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function compactDate(date: string): string {
  return date.replace(/-/g, '')
}

function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}
