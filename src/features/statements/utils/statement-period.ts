import { i18n, type MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { addDays, isCalendarDate } from '@/lib/format/date'

/** The periods a statement offers; `custom` is any from–to range. */
export const PERIOD_PRESETS = ['last-12-months', 'this-year', 'last-year', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const PERIOD_MESSAGES: Readonly<Record<PeriodPreset, MessageDescriptor>> = {
  'last-12-months': msg`The last 12 months`,
  'this-year': msg`This year`,
  'last-year': msg`Last year`,
  custom: msg`Dates of your choice`,
}

/** A preset's name in the language spoken now (call it when rendering). */
export const periodLabel = (preset: PeriodPreset): string => i18n._(PERIOD_MESSAGES[preset])

/** A statement's period as the address holds it, and the calendar dates it covers (both included). */
export type StatementPeriod = { preset: PeriodPreset; from: string; to: string }

const isPreset = (value: string): value is PeriodPreset => (PERIOD_PRESETS as readonly string[]).includes(value)

/** One year before `ymd`, the same day of the month (29 February becomes 28 February). */
function yearBefore(ymd: string): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number]
  const monthStart = `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`
  const candidate = `${monthStart.slice(0, 8)}${String(day).padStart(2, '0')}`
  return isCalendarDate(candidate) ? candidate : addDays(monthStart, 27)
}

/** The dates of a preset, `today` being the client's own calendar day. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4))
  switch (preset) {
    case 'this-year':
      return { from: `${year}-01-01`, to: `${year}-12-31` }
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
    case 'last-12-months':
      // Twelve whole months ending today: 2 Dec 2025 – 1 Dec 2026.
      return { from: addDays(yearBefore(today), 1), to: today }
  }
}

/**
 * Reads `?period=…&from=…&to=…` leniently: an unknown preset, or a custom range that is incomplete or
 * reversed, falls back to the last 12 months, so a hand-edited address always shows a statement.
 */
export function readStatementPeriod(params: URLSearchParams, today: string): StatementPeriod {
  const preset = params.get('period') ?? ''
  if (preset === 'custom') {
    const from = params.get('from') ?? ''
    const to = params.get('to') ?? ''
    if (isCalendarDate(from) && isCalendarDate(to) && from <= to) return { preset, from, to }
  } else if (isPreset(preset) && preset !== 'custom') {
    return { preset, ...presetRange(preset, today) }
  }
  return { preset: 'last-12-months', ...presetRange('last-12-months', today) }
}

export function statementSearch(period: StatementPeriod): URLSearchParams {
  const params = new URLSearchParams({ period: period.preset })
  if (period.preset === 'custom') {
    params.set('from', period.from)
    params.set('to', period.to)
  }
  return params
}
