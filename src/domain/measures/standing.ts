import type { Measure } from './catalogue-format'
import { validityOn } from './validity'

/**
 * Where an offer stands for a business on a given day, as the results page groups it:
 * `open` ("Heute offen": valid on the day and verified), `check` ("Beim Anbieter prüfen": status
 * not confirmed, or ended with a successor announced but not confirmed), `ended` ("Beendet", with
 * dates) and `upcoming` (starts later). An unverified entry is never `open`.
 */
export type Standing = 'open' | 'check' | 'ended' | 'upcoming'

export function standingOn(measure: Pick<Measure, 'validFrom' | 'validUntil' | 'status' | 'successor'>, date: string): Standing {
  const validity = validityOn(measure, date)
  if (validity === 'upcoming') return 'upcoming'
  if (validity === 'ended') return measure.successor ? 'check' : 'ended'
  return measure.status === 'verified' ? 'open' : 'check'
}
