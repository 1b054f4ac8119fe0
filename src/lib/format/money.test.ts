import { formatMoney, isUsableCurrency } from './money'

describe('formatMoney', () => {
  it('uses each currency’s own minor digits', () => {
    expect(formatMoney(13200, 'USD', 'en-US')).toBe('$132.00')
    expect(formatMoney(13200, 'JPY', 'en-US')).toBe('¥13,200')
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234')
  })

  it('follows the locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€')
  })

  it('keeps each locale’s format of one currency apart', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€')
    expect(formatMoney(123456, 'EUR', 'en-US')).toBe('€1,234.56')
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€')
  })

  it.each([
    ['US$', '— (US$)'],
    ['usd', '— (usd)'],
    ['XYZ', '— (XYZ)'],
    ['', '— (no currency)'],
    ['U\u202ESD', '— (USD)'],
    ['DOLLARS-OF-THE-REALM', '— (DOLLARS-OF-T…)'],
    ['TWELVE-CHARS', '— (TWELVE-CHARS)'],
    ['   ', '— (no currency)'],
  ])('shows an amount in %j as a dash with the code, never a guess', (currency, shown) => {
    expect(() => formatMoney(1200, currency, 'en-US')).not.toThrow()
    expect(formatMoney(1200, currency, 'en-US')).toBe(shown)
    expect(isUsableCurrency(currency)).toBe(false)
  })

  it('shows an amount a double cannot hold exactly, or a fraction of a minor unit, as a dash', () => {
    expect(formatMoney(2 ** 60 + 1, 'USD', 'en-US')).toBe('— (USD)')
    expect(formatMoney(12.5, 'USD', 'en-US')).toBe('— (USD)')
    expect(formatMoney(Number.NaN, 'USD', 'en-US')).toBe('— (USD)')
    expect(formatMoney('1200' as unknown as number, 'USD', 'en-US')).toBe('— (USD)')
    expect(formatMoney(2 ** 53 - 1, 'JPY', 'en-US')).toBe('¥9,007,199,254,740,991')
  })

  it('treats non-strings as no currency', () => {
    expect(formatMoney(100, null as unknown as string, 'en-US')).toBe('— (no currency)')
    expect(isUsableCurrency('USD')).toBe(true)
    expect(isUsableCurrency(840)).toBe(false)
  })

  it('answers no currency, never throws, for a value that cannot even be turned into text', () => {
    for (const odd of [Symbol('USD'), Object.create(null) as object]) {
      expect(isUsableCurrency(odd)).toBe(false)
      expect(formatMoney(100, odd as unknown as string, 'en-US')).toBe('— (no currency)')
    }
  })
})

describe('money in right-to-left text', () => {
  it('is a left-to-right isolate in Arabic, so its currency stays beside its figure', () => {
    const text = formatMoney(1684572, 'USD', 'ar')
    expect(text.startsWith('\u2066') && text.endsWith('\u2069')).toBe(true)
    expect(text).toContain('US$')
  })

  it('is plain text in a left-to-right language', () => {
    expect(formatMoney(1684572, 'USD', 'de')).toBe('16.845,72\u00a0$')
    expect(formatMoney(1684572, 'USD', 'en-US')).toBe('$16,845.72')
  })
})
