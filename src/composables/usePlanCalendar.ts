import { useI18n } from '@/i18n/translator'
import { toICalendar, type CalendarEntry } from '@/domain/plan/icalendar'
import type { DueItem } from '@/domain/plan/due-items'
import { downloadFile } from '@/components/exchange/download-file'
import { localDate } from '@/stores/exchange-files'
import { useDates } from './useDates'

/**
 * Calendar files of due steps and reviews, worded in the shown language. The entries' ids stay the
 * same from one export to the next, so importing a newer file updates the entries instead of
 * doubling them.
 */
export function usePlanCalendar() {
  const { t } = useI18n()
  const { dayOf } = useDates()

  function entryOf(item: DueItem, business: string): CalendarEntry {
    if (item.kind === 'review') {
      const open = item.plan.steps.filter((step) => step.status === 'open' || step.status === 'in-progress').length
      return {
        uid: `review-${item.plan.assessmentId}@reifegrad`,
        date: item.date,
        summary: t('plan.calendarEntry.review', { business }),
        description: t('plan.calendarEntry.reviewDescription', { date: dayOf(item.plan.createdAt), open }),
      }
    }
    const { step } = item
    return {
      uid: `step-${item.plan.assessmentId}-${step.id}@reifegrad`,
      date: item.date,
      summary: t('plan.calendarEntry.step', { business, step: step.text }),
      description: [
        t('plan.calendarEntry.description', {
          field: step.dimension ? t(`indicatorFields.${step.dimension}`) : t('plan.noField'),
          owner: step.owner || '–',
          status: t(`plan.statuses.${step.status}`),
        }),
        step.note,
      ]
        .filter(Boolean)
        .join('\n'),
    }
  }

  /** Saves the items as an .ics file; returns its name. */
  function saveCalendar(items: readonly DueItem[], businessOf: (item: DueItem) => string, namePart: string): string {
    const now = new Date()
    const text = toICalendar(items.map((item) => entryOf(item, businessOf(item))), { name: t('plan.calendarEntry.calendarName'), now: now.toISOString() })
    const fileName = `reifegrad-termine-${namePart ? `${namePart}-` : ''}${localDate(now)}.ics`
    downloadFile({ text, fileName, type: 'text/calendar' })
    return fileName
  }

  return { saveCalendar }
}
