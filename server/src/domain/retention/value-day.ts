/**
 * The calendar day (yyyy-MM-dd) of a date field's value as the database holds it, the day its own date comparisons
 * use; null when it has none. The drivers turn a DATE (and a timestamp without time zone) into the instant of that
 * wall-clock time in the process's time zone, so the day is read back in that same zone - not in UTC, where a
 * MariaDB DATE read in Brussels would fall on the day before (review m1).
 */
export function dayOfValue(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`
  }
  return String(value).slice(0, 10)
}
