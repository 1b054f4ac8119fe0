import { brandStyle } from './brand-style'

/** The portal's own colour (styles.css `--brand`), used when the agency's is unusable. */
const DEFAULT = { '--brand': '#2b59c3', '--brand-text': '#2b59c3', '--on-brand': '#ffffff' }

describe('brandStyle', () => {
  it("uses the agency's colour, with a readable text shade and the text colour on it", () => {
    // #f4b400 is too light for text on #f6f7f9: scaled toward black until it passes 4.5:1.
    expect(brandStyle({ brand_color: '#f4b400' })).toEqual({ '--brand': '#f4b400', '--brand-text': '#8c6700', '--on-brand': '#000000' })
    expect(brandStyle({ brand_color: '#1D4ED8' })).toEqual({ '--brand': '#1D4ED8', '--brand-text': '#1d4ed8', '--on-brand': '#ffffff' })
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
