import {
  hasFilters,
  isCompleteDate,
  isRangeReversed,
  NO_FILTERS,
  readInvoiceListSearch,
  toListFilters,
  toSearchParams,
} from './invoice-list-search'

describe('the invoice list’s address', () => {
  it('reads status and dates, leaving out what the API would refuse', () => {
    expect(readInvoiceListSearch(new URLSearchParams('status=overdue&from=2025-01-01&to=2025-12-31'))).toEqual({
      status: 'overdue',
      from: '2025-01-01',
      to: '2025-12-31',
    })
    expect(readInvoiceListSearch(new URLSearchParams('status=draft&from=yesterday&to=2025-02-30'))).toEqual(NO_FILTERS)
  })

  it('writes only the filters that are set, and round-trips', () => {
    const search = { status: 'paid', from: '2025-03-01', to: '' } as const
    expect(toSearchParams(search).toString()).toBe('status=paid&from=2025-03-01')
    expect(readInvoiceListSearch(toSearchParams(search))).toEqual(search)
    expect(toSearchParams(NO_FILTERS).toString()).toBe('')
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(hasFilters(search)).toBe(true)
  })

  it('never sends a reversed range', () => {
    const reversed = { status: 'sent', from: '2025-06-01', to: '2025-01-01' } as const
    expect(isRangeReversed(reversed)).toBe(true)
    expect(toListFilters(reversed, 'client_1')).toEqual({ clientId: 'client_1', status: 'sent' })
    expect(toListFilters({ status: '', from: '2025-01-01', to: '2025-01-01' }, 'client_1')).toEqual({
      clientId: 'client_1',
      from: '2025-01-01',
      to: '2025-01-01',
    })
  })

  it('waits for a four-digit year before a date counts', () => {
    expect(isCompleteDate('0202-05-01')).toBe(false)
    expect(isCompleteDate('2024-05-01')).toBe(true)
    expect(isCompleteDate('2024-13-01')).toBe(false)
    expect(isCompleteDate('')).toBe(false)
  })

  it('does not take an expanded year, which Date reads and gives back the same, for a date', () => {
    expect(isCompleteDate('+012024-05-01')).toBe(false)
    expect(readInvoiceListSearch(new URLSearchParams({ from: '+012024-05-01', to: '-012024-05-01' }))).toEqual(NO_FILTERS)
  })

  it('asks the API for exactly the filters that are set', () => {
    expect(toListFilters(NO_FILTERS, 'client_1')).toEqual({ clientId: 'client_1' })
    expect(toListFilters({ status: '', from: '', to: '2025-01-31' }, 'client_1')).toEqual({ clientId: 'client_1', to: '2025-01-31' })
    expect(toListFilters({ status: '', from: '2025-01-01', to: '' }, 'client_1')).toEqual({ clientId: 'client_1', from: '2025-01-01' })
    expect(toSearchParams({ status: '', from: '', to: '2025-01-31' }).toString()).toBe('to=2025-01-31')
  })

  it('calls a range reversed only when both ends are set and the end comes first', () => {
    expect(isRangeReversed({ from: '2025-06-01', to: '' })).toBe(false)
    expect(isRangeReversed({ from: '', to: '2025-01-01' })).toBe(false)
    expect(isRangeReversed({ from: '2025-01-01', to: '2025-01-01' })).toBe(false)
    expect(isRangeReversed({ from: '2025-01-02', to: '2025-01-01' })).toBe(true)
  })

  it('has filters when any one of them is set', () => {
    expect(hasFilters({ status: 'void', from: '', to: '' })).toBe(true)
    expect(hasFilters({ status: '', from: '2025-01-01', to: '' })).toBe(true)
    expect(hasFilters({ status: '', from: '', to: '2025-01-01' })).toBe(true)
  })
})
