import { useI18n } from '@/i18n/translator'

/**
 * Dates as readers of the shown language expect them: "29.11.2026" in German, "29 Nov 2026" in
 * English. Calendar dates (`YYYY-MM-DD`, e.g. a programme's end) are shown as that day wherever
 * the reader is; times (ISO with zone) in the reader's time zone.
 */
export function useDates() {
  const { locale } = useI18n()
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'de-DE')
  const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag(), options)

  /** A calendar date `YYYY-MM-DD`; anything else is returned unchanged. */
  function day(isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
    if (!match) return isoDate
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    return formatter({ dateStyle: 'medium', timeZone: 'UTC' }).format(date)
  }

  /** The day of a moment (ISO date-time), where the reader is. */
  const dayOf = (iso: string) => formatter({ dateStyle: 'medium' }).format(new Date(iso))
  /** The day and time of a moment, where the reader is. */
  const dayAndTime = (iso: string) => formatter({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  /** The day in words ("29. November 2026"), for text that reads as a sentence. */
  const longDayOf = (iso: string) => formatter({ dateStyle: 'long' }).format(new Date(iso))

  return { day, dayOf, dayAndTime, longDayOf }
}
