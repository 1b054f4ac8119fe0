import { formattingLocale, negotiateLocale } from './locales'

describe('the language a browser gets', () => {
  it('is the one chosen on this device, when the portal speaks it', () => {
    expect(negotiateLocale('ar', ['de-DE', 'en'])).toBe('ar')
    expect(negotiateLocale('de', [])).toBe('de')
  })

  it('else the first of the browser’s languages the portal speaks, by its language alone', () => {
    expect(negotiateLocale(null, ['fr-FR', 'de-AT', 'en'])).toBe('de')
    expect(negotiateLocale(null, ['ar-EG'])).toBe('ar')
    expect(negotiateLocale(null, ['EN_gb'])).toBe('en')
  })

  it('else English; a stored value the portal does not speak is ignored', () => {
    expect(negotiateLocale(null, ['fr', 'ja'])).toBe('en')
    expect(negotiateLocale('klingon', ['de'])).toBe('de')
    expect(negotiateLocale('', [])).toBe('en')
  })

  it('is the pseudo-locale only where it is allowed (development and tests)', () => {
    expect(negotiateLocale('en-XA', ['de'], true)).toBe('en-XA')
    expect(negotiateLocale('en-XA', ['de'], false)).toBe('de')
  })
})

describe('the locale numbers and dates are written in', () => {
  it('is the browser’s own variant of the language, else the language', () => {
    expect(formattingLocale('en', ['en-GB', 'de'])).toBe('en-GB')
    expect(formattingLocale('de', ['en-GB', 'de-CH'])).toBe('de-CH')
    expect(formattingLocale('ar', ['en-GB'])).toBe('ar')
    expect(formattingLocale('en-XA', ['en-GB'])).toBe('en')
  })
})
