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
})
