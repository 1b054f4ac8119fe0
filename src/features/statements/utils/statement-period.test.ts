import { PERIOD_PRESETS, periodLabel, presetRange, readStatementPeriod, statementSearch, type StatementPeriod } from './statement-period'

const TODAY = '2026-05-15'
// The last 12 months on TODAY: from the day after the same day a year earlier, to today.
const LAST_12_MONTHS: StatementPeriod = { preset: 'last-12-months', from: '2025-05-16', to: TODAY }

const read = (search: string, today = TODAY) => readStatementPeriod(new URLSearchParams(search), today)

describe('the presets’ dates', () => {
  it('this year is 1 January to 31 December of today’s year', () => {
    expect(presetRange('this-year', TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('last year is 1 January to 31 December of the year before', () => {
    expect(presetRange('last-year', TODAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(presetRange('last-year', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('the last 12 months are twelve whole months ending today', () => {
    expect(presetRange('last-12-months', '2026-12-01')).toEqual({ from: '2025-12-02', to: '2026-12-01' })
    expect(presetRange('last-12-months', '2026-03-05')).toEqual({ from: '2025-03-06', to: '2026-03-05' })
    expect(presetRange('last-12-months', '2026-01-01')).toEqual({ from: '2025-01-02', to: '2026-01-01' })
  })

  it('the last 12 months on 31 December start on 1 January of the same year', () => {
    expect(presetRange('last-12-months', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('the last 12 months on 29 February count from 28 February a year earlier, so start on 1 March', () => {
    expect(presetRange('last-12-months', '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' })
  })

  it('the last 12 months on 28 February, a year after a leap year, start on 29 February', () => {
    expect(presetRange('last-12-months', '2025-02-28')).toEqual({ from: '2024-02-29', to: '2025-02-28' })
  })

  it('the last 12 months keep a four-digit year before year 1000', () => {
    expect(presetRange('last-12-months', '1000-03-05')).toEqual({ from: '0999-03-06', to: '1000-03-05' })
  })
})

describe('reading a period from the address', () => {
  it('reads each preset as its dates on today', () => {
    expect(read('period=this-year')).toEqual({ preset: 'this-year', from: '2026-01-01', to: '2026-12-31' })
    expect(read('period=last-year')).toEqual({ preset: 'last-year', from: '2025-01-01', to: '2025-12-31' })
    expect(read('period=last-12-months')).toEqual(LAST_12_MONTHS)
  })

  it('ignores dates given with a preset: the preset decides', () => {
    expect(read('period=this-year&from=2020-01-01&to=2020-02-01')).toEqual({ preset: 'this-year', from: '2026-01-01', to: '2026-12-31' })
  })

  it('reads a custom range as given, both dates included', () => {
    expect(read('period=custom&from=2026-02-01&to=2026-04-30')).toEqual({ preset: 'custom', from: '2026-02-01', to: '2026-04-30' })
  })

  it('accepts a custom range of a single day', () => {
    expect(read('period=custom&from=2026-02-01&to=2026-02-01')).toEqual({ preset: 'custom', from: '2026-02-01', to: '2026-02-01' })
  })

  it('defaults to the last 12 months with no period', () => {
    expect(read('')).toEqual(LAST_12_MONTHS)
  })

  it('falls back to the last 12 months for a preset it does not know', () => {
    for (const search of ['period=next-year', 'period=Custom', 'period=THIS-YEAR', 'period=', 'period=constructor']) {
      expect(read(search)).toEqual(LAST_12_MONTHS)
    }
  })

  it('falls back to the last 12 months for a custom range that is incomplete', () => {
    expect(read('period=custom')).toEqual(LAST_12_MONTHS)
    expect(read('period=custom&from=2026-02-01')).toEqual(LAST_12_MONTHS)
    expect(read('period=custom&to=2026-02-01')).toEqual(LAST_12_MONTHS)
  })

  it('falls back to the last 12 months for a custom range with a date that is not one', () => {
    expect(read('period=custom&from=2026-02-30&to=2026-04-30')).toEqual(LAST_12_MONTHS)
    expect(read('period=custom&from=2026-02-01&to=2026-4-30')).toEqual(LAST_12_MONTHS)
    expect(read('period=custom&from=yesterday&to=2026-04-30')).toEqual(LAST_12_MONTHS)
  })

  it('falls back to the last 12 months for a custom range that ends before it starts', () => {
    expect(read('period=custom&from=2026-04-30&to=2026-04-29')).toEqual(LAST_12_MONTHS)
  })
})

describe('writing a period into the address', () => {
  it('writes only the preset for a preset: its dates follow from the day it is read', () => {
    expect(statementSearch({ preset: 'this-year', from: '2026-01-01', to: '2026-12-31' }).toString()).toBe('period=this-year')
    expect(statementSearch(LAST_12_MONTHS).toString()).toBe('period=last-12-months')
  })

  it('writes a custom range with its dates', () => {
    expect(statementSearch({ preset: 'custom', from: '2026-02-01', to: '2026-04-30' }).toString()).toBe('period=custom&from=2026-02-01&to=2026-04-30')
  })

  it('reads back what it writes, for every kind of period', () => {
    const periods: StatementPeriod[] = [
      LAST_12_MONTHS,
      { preset: 'this-year', from: '2026-01-01', to: '2026-12-31' },
      { preset: 'last-year', from: '2025-01-01', to: '2025-12-31' },
      { preset: 'custom', from: '2024-02-29', to: '2026-03-01' },
    ]
    for (const period of periods) expect(readStatementPeriod(statementSearch(period), TODAY)).toEqual(period)
  })
})

describe('naming the periods', () => {
  it('names each preset as the client reads it', () => {
    expect(Object.fromEntries(PERIOD_PRESETS.map((preset) => [preset, periodLabel(preset)]))).toEqual({
      'last-12-months': 'The last 12 months',
      'this-year': 'This year',
      'last-year': 'Last year',
      custom: 'Dates of your choice',
    })
  })
})
