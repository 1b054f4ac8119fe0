import { addDays, daysBetween, dueHint, formatDate, formatDateTime, formatMonth, formatMonthShort, isCalendarDate, localToday } from './date'

describe('calendar dates', () => {
  it('formats a due date as the same day whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026')
    expect(formatDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026')
    expect(formatMonth('2026-03', 'en-GB')).toBe('Mar 2026')
  })

  it('counts days between calendar dates, across month ends and DST', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('says how a due date relates to today', () => {
    expect(dueHint('2026-03-04', '2026-03-01', 'en')).toBe('due in 3 days')
    expect(dueHint('2026-03-01', '2026-03-01', 'en')).toBe('due today')
    expect(dueHint('2026-03-02', '2026-03-01', 'en')).toBe('due tomorrow')
    expect(dueHint('2026-02-17', '2026-03-01', 'en')).toBe('12 days overdue')
    expect(dueHint('2026-02-28', '2026-03-01', 'en')).toBe('1 day overdue')
  })

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 2, 1, 23, 30))).toBe('2026-03-01')
  })

  it.each([['not-a-date'], ['2026-02-30'], ['2023-02-29'], ['2026-13-01'], ['2026-00-10'], ['2026-3-1'], [''], ['2026-03-01T00:00:00Z'], [null], [20260301]])(
    'shows %j as a dash, counts no days from it and gives no hint',
    (odd) => {
      const value = odd as string
      expect(isCalendarDate(value)).toBe(false)
      expect(formatDate(value, 'en-GB')).toBe('—')
      expect(daysBetween('2026-03-01', value)).toBeNull()
      expect(daysBetween(value, '2026-03-01')).toBeNull()
      expect(dueHint(value, '2026-03-01', 'en')).toBeNull()
    },
  )

  it('shows a month or an instant that is not one as a dash', () => {
    expect(formatMonth('2026-13', 'en-GB')).toBe('—')
    expect(formatMonthShort('soon', 'en-GB')).toBe('—')
    expect(formatDateTime('yesterday', 'en-GB')).toBe('—')
    expect(formatDateTime(null as unknown as string, 'en-GB')).toBe('—')
    expect(isCalendarDate('2024-02-29')).toBe(true)
  })

  it('shows a month short, the same month whatever the time zone', () => {
    // 1 March at UTC midnight is still 28 February in Los Angeles.
    expect(formatMonthShort('2026-03', 'en-GB')).toBe('Mar')
    expect(formatMonthShort('2026-12', 'en-GB')).toBe('Dec')
  })

  it('shows an instant in the client’s own time zone, with the date and the time', () => {
    // 22:05 UTC on 1 March is 14:05 in Los Angeles (still winter time).
    expect(formatDateTime('2026-03-01T22:05:00Z', 'en-GB')).toBe('1 Mar 2026, 14:05')
    // 03:30 UTC on 1 March is the evening of 28 February there.
    expect(formatDateTime('2026-03-01T03:30:00Z', 'en-GB')).toBe('28 Feb 2026, 19:30')
  })

  it('does not take an expanded year, which reads back the same, for a calendar date', () => {
    // `new Date` reads ECMAScript's six-digit years, and these come back from toISOString unchanged.
    expect(isCalendarDate('+010000-01')).toBe(false)
    expect(isCalendarDate('-000001-01')).toBe(false)
    expect(formatDate('+010000-01', 'en-GB')).toBe('—')
  })

  it('answers false, never throws, for a value that cannot even be turned into text', () => {
    for (const odd of [Symbol('2026-03-01'), Object.create(null) as object]) {
      expect(isCalendarDate(odd)).toBe(false)
      expect(formatDate(odd as unknown as string, 'en-GB')).toBe('—')
    }
  })

  it('gives the hint in the default locale when none is asked for, whatever locale came before', () => {
    expect(dueHint('2026-03-04', '2026-03-01', 'ja')).toBe('due 3 日後')
    const inDefaultLocale = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(3, 'day')
    expect(dueHint('2026-03-04', '2026-03-01')).toBe(`due ${inDefaultLocale}`)
    expect(dueHint('2026-03-04', '2026-03-01', 'en')).toBe('due in 3 days')
  })
})
