import { assertCalendarDate, isCalendarDate } from './dates'

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2025-01-01', '2025-12-31', '2026-03-15'])('takes %s, a real day', (day) => {
    expect(isCalendarDate(day)).toBe(true)
    expect(() => assertCalendarDate(day)).not.toThrow()
  })

  // Date.parse takes 2025-02-30 and 2023-02-29 (rolling them into March): only a round trip catches them.
  it.each(['2025-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32'])(
    'refuses %s, a day no calendar has',
    (day) => {
      expect(isCalendarDate(day)).toBe(false)
      expect(() => assertCalendarDate(day)).toThrow(day)
    },
  )

  it.each(['2025-2-3', '20250203', '2025-02-03T00:00:00Z', ' 2025-02-03', 'today', ''])('refuses %j, not YYYY-MM-DD', (value) => {
    expect(isCalendarDate(value)).toBe(false)
  })
})
