import { plural, t } from '@lingui/core/macro'
import { displayLocale } from './display-locale'

/*
 * Calendar dates (`YYYY-MM-DD`) are days, not instants: formatted in UTC so that a due date of
 * 2026-03-01 reads 1 March everywhere, never 28 February west of Greenwich.
 *
 * Dates come from the API, so any of them may be something else ("not-a-date", 2026-02-30, null):
 * such a value reads as NOT_A_DATE and counts no days, rather than throwing a RangeError mid-render.
 */
export const NOT_A_DATE = '—'

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(given: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = given ?? displayLocale()
  const key = `${locale ?? ''}:${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real day of the calendar as `YYYY-MM-DD`: not 2026-02-30, not "2026-3-1", not a timestamp. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = YMD.exec(value)
  if (!match) return false
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
}

const utcDay = (ymd: string) => new Date(`${ymd}T00:00:00Z`)

/** "1 Mar 2026" (in the browser's locale); "—" for anything that is not a calendar date. */
export function formatDate(ymd: string, locale?: string): string {
  if (!isCalendarDate(ymd)) return NOT_A_DATE
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(ymd))
}

/** "Mar 2026", for month buckets. */
export function formatMonth(ym: string, locale?: string): string {
  if (!isCalendarDate(`${ym}-01`)) return NOT_A_DATE
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(`${ym}-01`))
}

/** "Mar", for chart axes where the year is given elsewhere. */
export function formatMonthShort(ym: string, locale?: string): string {
  if (!isCalendarDate(`${ym}-01`)) return NOT_A_DATE
  return dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(utcDay(`${ym}-01`))
}

/** An instant (ISO 8601) in the browser's own time zone: "1 Mar 2026, 14:05"; "—" when it is none. */
export function formatDateTime(iso: string, locale?: string): string {
  const instant = typeof iso === 'string' ? new Date(iso) : new Date(Number.NaN)
  if (Number.isNaN(instant.getTime())) return NOT_A_DATE
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(instant)
}

/** Today as the client's own calendar sees it, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `from` to `to`, both calendar dates; null when either is not one. */
export function daysBetween(from: string, to: string): number | null {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return null
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / 86_400_000)
}

/** The calendar date `days` after `ymd` (negative: before). For dates the portal computed itself. */
export function addDays(ymd: string, days: number): string {
  return new Date(utcDay(ymd).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

/** "due in 3 days", "due today", "due tomorrow", "12 days overdue"; null when the date is not one. */
export function dueHint(dueDate: string, today: string, given?: string): string | null {
  const days = daysBetween(today, dueDate)
  if (days === null) return null
  const overdue = -days
  if (overdue > 0) return plural(overdue, { one: '# day overdue', other: '# days overdue' })
  const locale = given ?? displayLocale()
  let format = relativeFormats.get(locale ?? '')
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(locale ?? '', format)
  }
  const relative = format.format(days, 'day')
  return t`due ${relative}`
}
