import { brandStyle } from './brand-style'
import { wcagRatio } from '@/test/wcag-ratio'

/** The portal's own colour (theme.css `--brand`), used when the agency's is unusable, in both schemes. */
const DEFAULT = {
  '--brand': '#2b59c3',
  '--brand-text': '#2b59c3',
  '--on-brand': '#ffffff',
  '--brand-dark': '#3b65c8',
  '--brand-text-dark': '#6587d4',
}

/** theme.css: the light page and its cards, the dark page and its cards. */
const LIGHT = ['#f6f7f9', '#ffffff']
const DARK = ['#121417', '#1c1f24']


const styleOf = (brand: string) => brandStyle({ brand_color: brand }) as Record<string, string>

describe('brandStyle', () => {
  it("uses the agency's colour, with a readable text shade for each scheme and the text colour on it", () => {
    // #f4b400 is too light for text on #f6f7f9: scaled toward black until it passes 4.5:1. On the dark
    // cards it already reads (8.95:1), so the dark scheme keeps it as it is.
    expect(brandStyle({ brand_color: '#f4b400' })).toEqual({
      '--brand': '#f4b400',
      '--brand-text': '#8c6700',
      '--on-brand': '#000000',
      '--brand-dark': '#f4b400',
      '--brand-text-dark': '#f4b400',
    })
    // #1d4ed8 reaches 3:1 on #1c1f24 after 4 of 40 steps toward white, (29, 78, 216) + (226, 177, 39)
    // × 4/40 = (51.6, 95.7, 219.9) → #3460dc, and 4.5:1 after 12: (96.8, 131.1, 227.7) → #6183e4.
    expect(brandStyle({ brand_color: '#1D4ED8' })).toEqual({
      '--brand': '#1D4ED8',
      '--brand-text': '#1d4ed8',
      '--on-brand': '#ffffff',
      '--brand-dark': '#3460dc',
      '--brand-text-dark': '#6183e4',
    })
  })

  it.each([
    ['red;background:url(x)'],
    ['expression(alert(1))'],
    ['#12345'],
    ['#GGGGGG'],
    [''],
    ['1d4ed8'],
    ['#1d4ed8;color:red'],
    ['var(--danger)'],
    [0x1d4ed8],
    [null],
    [undefined],
  ])('falls back to the default colour for brand_color %j', (brandColor) => {
    expect(brandStyle({ brand_color: brandColor as string })).toEqual(DEFAULT)
  })
})

describe('the brand colour at the extremes, on both schemes’ backgrounds', () => {
  it('a very dark brand (#111111) keeps its colour in the light scheme and is lightened for the dark one', () => {
    const style = styleOf('#111111')
    expect(style['--brand-text']).toBe('#111111')
    // 0x11 + (255 − 0x11) × 20/40 = 136 = 0x88 for text; × 15/40 = 106.25 → 106 = 0x6a for the stripe.
    expect(style['--brand-text-dark']).toBe('#888888')
    expect(style['--brand-dark']).toBe('#6a6a6a')
    for (const background of LIGHT) expect(wcagRatio('#111111', background)).toBeGreaterThanOrEqual(4.5)
    for (const background of DARK) {
      expect(wcagRatio('#111111', background)).toBeLessThan(1.5) // as given, it would vanish
      expect(wcagRatio('#888888', background)).toBeGreaterThanOrEqual(4.5)
      expect(wcagRatio('#6a6a6a', background)).toBeGreaterThanOrEqual(3)
    }
    // The nearest tints that pass: one step less (19/40 → 130 = 0x82; 14/40 → 100 = 0x64) fails on the cards.
    expect(wcagRatio('#828282', '#1c1f24')).toBeLessThan(4.5)
    expect(wcagRatio('#646464', '#1c1f24')).toBeLessThan(3)
  })

  it('a very light brand (#f5f5a0) is darkened for the light scheme and kept for the dark one', () => {
    const style = styleOf('#f5f5a0')
    // 21 of 40 steps toward black: (245, 245, 160) × 19/40 = (116.4, 116.4, 76) → #74744c.
    expect(style['--brand-text']).toBe('#74744c')
    expect(style['--brand-text-dark']).toBe('#f5f5a0')
    expect(style['--brand-dark']).toBe('#f5f5a0')
    for (const background of LIGHT) {
      expect(wcagRatio('#f5f5a0', background)).toBeLessThan(1.2) // as given, it would vanish
      expect(wcagRatio('#74744c', background)).toBeGreaterThanOrEqual(4.5)
    }
    for (const background of DARK) expect(wcagRatio('#f5f5a0', background)).toBeGreaterThanOrEqual(4.5)
    // One step less (20/40: (122.5, 122.5, 80) → #7b7b50) fails on the page.
    expect(wcagRatio('#7b7b50', '#f6f7f9')).toBeLessThan(4.5)
  })

  it.each([['#111111'], ['#f5f5a0'], ['#2b59c3'], ['#f4b400'], ['#00ff00'], ['#ff0000'], ['#808080'], ['#ffffff'], ['#000000']])(
    '%s: every shade passes AA where it is used, and text on the primary button reads',
    (brand) => {
      const style = styleOf(brand)
      for (const background of LIGHT) expect(wcagRatio(style['--brand-text']!, background)).toBeGreaterThanOrEqual(4.5)
      for (const background of DARK) {
        expect(wcagRatio(style['--brand-text-dark']!, background)).toBeGreaterThanOrEqual(4.5)
        expect(wcagRatio(style['--brand-dark']!, background)).toBeGreaterThanOrEqual(3)
      }
      // theme.css `--on-accent`: white on the light scheme's shade, the dark page's colour on the dark one's.
      expect(wcagRatio('#ffffff', style['--brand-text']!)).toBeGreaterThanOrEqual(4.5)
      expect(wcagRatio('#121417', style['--brand-text-dark']!)).toBeGreaterThanOrEqual(4.5)
    },
  )
})
