/** Months (`YYYY-MM`) and calendar quarters (`YYYY-Qn`): the only times the collector knows. */

/** The UTC month of a date, `YYYY-MM`. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7)
}

/** A month plus (or minus) a number of months. */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (monthNumber - 1) + count
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The calendar quarter of a month: `2026-11` → `2026-Q4`. */
export function quarterOf(month: string): string {
  const monthNumber = Number(month.slice(5, 7))
  return `${month.slice(0, 4)}-Q${Math.ceil(monthNumber / 3)}`
}
