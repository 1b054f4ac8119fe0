import { formatMoney } from './money'

describe('formatMoney', () => {
  it('uses each currency’s own minor digits', () => {
    expect(formatMoney(13200, 'USD', 'en-US')).toBe('$132.00')
    expect(formatMoney(13200, 'JPY', 'en-US')).toBe('¥13,200')
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234')
  })

  it('follows the locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€')
  })
})
