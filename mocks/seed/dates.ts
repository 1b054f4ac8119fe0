// UTC calendar days. Every date in the seed is "days ago" from the seed's today (negative is the future),
// so the data looks current whenever it is generated.

const DAY_MS = 86_400_000

/** Invoices reach back this far: 18 months, less a little so month arithmetic never pushes one outside. */
export const HISTORY_DAYS = 540

const YMD = /^\d{4}-\d{2}-\d{2}$/

/**
 * A real day of the calendar as `YYYY-MM-DD`: 2024-02-29 is one; 2025-02-30, 2023-02-29, 2025-13-01 and
 * 2025-00-10 are not. `Date.parse` alone would take 2025-02-30 (as 2 March), so the day must round-trip.
 * The fake's one check, for the seed's options and the query parameters alike.
 */
export function isCalendarDate(value: string): boolean {
  if (!YMD.test(value)) return false
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
}

export function assertCalendarDate(day: string): void {
  if (!isCalendarDate(day)) throw new Error(`Expected a YYYY-MM-DD date, got "${day}"`)
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function daysAgo(today: string, days: number): string {
  return addDays(today, -days)
}

/** The inverse of daysAgo: how many days before today `day` falls. */
export function daysBefore(today: string, day: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS)
}

export function timestamp(day: string, hour: number, minute: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`
}
