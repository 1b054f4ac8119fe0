/*
 * Calendar dates (`YYYY-MM-DD`) are days, not instants: formatted in UTC so that a due date of
 * 2026-03-01 reads 1 March everywhere, never 28 February west of Greenwich.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}:${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}

const utcDay = (ymd: string) => new Date(`${ymd}T00:00:00Z`)

/** "1 Mar 2026" (in the browser's locale). */
export function formatDate(ymd: string, locale?: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(ymd))
}

/** "Mar 2026", for month buckets. */
export function formatMonth(ym: string, locale?: string): string {
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(`${ym}-01`))
}

/** "Mar", for chart axes where the year is given elsewhere. */
export function formatMonthShort(ym: string, locale?: string): string {
  return dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(utcDay(`${ym}-01`))
}

/** An instant (ISO 8601) in the browser's own time zone: "1 Mar 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** Today as the client's own calendar sees it, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `from` to `to`, both calendar dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / 86_400_000)
}

/** The calendar date `days` after `ymd` (negative: before). */
export function addDays(ymd: string, days: number): string {
  return new Date(utcDay(ymd).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

/** "due in 3 days", "due today", "due tomorrow", "12 days overdue". */
export function dueHint(dueDate: string, today: string, locale?: string): string {
  const days = daysBetween(today, dueDate)
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue`
  let format = relativeFormats.get(locale ?? '')
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(locale ?? '', format)
  }
  return `due ${format.format(days, 'day')}`
}
