/**
 * Timestamps in records are ISO 8601 strings. They are stored in the one canonical form of
 * `Date.prototype.toISOString()` (UTC, milliseconds), because the database orders lists by these
 * strings and only a single format sorts like time. Pure: no clock is read here.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:Z|([+-])(\d{2}):(\d{2}))$/

/**
 * An ISO 8601 date-time with `Z` or an offset, as the canonical UTC form of `toISOString()`;
 * null for anything else, including impossible dates such as 30 February.
 */
export function normalizeTimestamp(value: string): string | null {
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ]
  const millis = Number((match[7] ?? '0').padEnd(3, '0'))
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis))
  // Date.UTC rolls 30 February over into March; a date that does not come back unchanged is invalid.
  const sameFields =
    wallClock.getUTCFullYear() === year && wallClock.getUTCMonth() === month - 1 && wallClock.getUTCDate() === day &&
    wallClock.getUTCHours() === hour && wallClock.getUTCMinutes() === minute && wallClock.getUTCSeconds() === second
  if (!sameFields || year < 1970) return null
  const offsetHours = Number(match[9] ?? '0')
  const offsetMinutes = Number(match[10] ?? '0')
  if (offsetHours > 23 || offsetMinutes > 59) return null
  const sign = match[8] === '-' ? -1 : 1
  return new Date(wallClock.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000).toISOString()
}
