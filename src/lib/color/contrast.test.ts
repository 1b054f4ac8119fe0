import { accessibleShade, accessibleTint, contrastRatio, isHexColour, textOn } from './contrast'

/*
 * Every expected ratio is a published WCAG value (WebAIM's contrast checker gives the same to two
 * places), and every expected shade was worked out by hand from the rule: each channel scaled by
 * (1 - step / 40), rounded, until the ratio reaches 4.5. None is computed by the code under test.
 */

describe('WCAG contrast ratios', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#ff0000', '#ffffff', 4.0],
    ['#00ff00', '#000000', 15.3],
    ['#0000ff', '#ffffff', 8.59],
    ['#ffffff', '#0000ff', 8.59],
    // Channels at or below 10/255 are on the linear part of the sRGB curve.
    ['#0a0a0a', '#000000', 1.06],
    ['#f4b400', '#ffffff', 1.85],
    ['#1d4ed8', '#ffffff', 6.7],
  ])('%s on %s is %d:1, whichever is named first', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2)
  })
})

describe('a brand colour as text', () => {
  it('keeps a brand colour that already passes AA on white', () => {
    expect(accessibleShade('#1d4ed8')).toBe('#1d4ed8')
  })

  it('derives the first darker shade of a light brand colour that passes AA, in the same hue', () => {
    // #f4b400 is 1.85:1 on white; 16 of 40 steps toward black: (244, 180, 0) × 0.6 = (146, 108, 0).
    expect(accessibleShade('#f4b400')).toBe('#926c00')
    // The page background is darker than white, so it takes one step more: × 0.575 = (140, 104, 0).
    expect(accessibleShade('#f4b400', '#f6f7f9')).toBe('#8c6700')
    // #808080 × 0.925 = 118.4, rounded to 118 (0x76): #767676, the lightest grey that passes on white.
    expect(accessibleShade('#808080')).toBe('#767676')
  })

  it('takes the colour itself when it meets the minimum exactly', () => {
    expect(accessibleShade('#ffffff', '#ffffff', 1)).toBe('#ffffff')
  })

  it('answers black when no shade is readable enough', () => {
    expect(accessibleShade('#000000', '#000000')).toBe('#000000')
    expect(accessibleShade('#f4b400', '#ffffff', 22)).toBe('#000000')
  })

  it('picks black or white text for brand-filled surfaces', () => {
    // Black on #f4b400 is 11.4:1, white 1.85:1; on #1d4ed8 black is 3.13:1, white 6.7:1.
    expect(textOn('#f4b400')).toBe('#000000')
    expect(textOn('#1d4ed8')).toBe('#ffffff')
    expect(textOn('#ffffff')).toBe('#000000')
    expect(textOn('#000000')).toBe('#ffffff')
  })
})

describe('a brand colour as text on a dark background', () => {
  it('keeps a brand colour that already passes AA on black', () => {
    // #f4b400 on black: (0.5 + 0.05) / 0.05 ≈ 11.4:1.
    expect(accessibleTint('#f4b400', '#000000')).toBe('#f4b400')
  })

  it('derives the first lighter tint that passes, mixing each channel toward white', () => {
    // Black on black is 1:1. Each step mixes c + (255 − c) × step / 40; 4.5:1 on black needs a luminance
    // of 0.175: step 18 gives 114.75 → 115 (0x73), 4.43:1, short; step 19 gives 121.1 → 121 (0x79), 4.82:1.
    expect(accessibleTint('#000000', '#000000')).toBe('#797979')
    // 3:1 needs 0.1: step 14 gives 89.25 → 89 (0x59), 2.998:1, just short; step 15, 95.6 → 96 (0x60), 3.34:1.
    expect(accessibleTint('#000000', '#000000', 3)).toBe('#606060')
  })

  it('answers white when no tint is readable enough', () => {
    expect(accessibleTint('#ffffff', '#ffffff')).toBe('#ffffff')
    expect(accessibleTint('#000000', '#000000', 22)).toBe('#ffffff')
  })

  it('refuses what is not #rrggbb', () => {
    expect(() => accessibleTint('#fff', '#000000')).toThrow(/#rrggbb/)
  })
})

describe('brand colours outside the spec (`^#[0-9a-fA-F]{6}$`)', () => {
  it('recognises only #rrggbb', () => {
    expect(isHexColour('#1d4ed8')).toBe(true)
    expect(isHexColour('#ABCDEF')).toBe(true)
    expect(isHexColour('#09afAF')).toBe(true)
    for (const value of ['red;background:url(x)', 'expression(alert(1))', '#12345', '#1234567', '#GGGGGG', '', '1d4ed8', '#fff', ' #1d4ed8', '#1d4ed8\n', 'red', 0x1d4ed8, null, undefined, {}, ['#1d4ed8']]) {
      expect(isHexColour(value), JSON.stringify(value)).toBe(false)
    }
  })

  it('refuses to compute with anything else, rather than guess', () => {
    expect(() => contrastRatio('#GGGGGG', '#ffffff')).toThrow('Not a #rrggbb colour: #GGGGGG')
    expect(() => contrastRatio('#ffffff', '#fff')).toThrow('Not a #rrggbb colour: #fff')
    expect(() => accessibleShade('1d4ed8')).toThrow(/#rrggbb/)
    expect(() => textOn('#12345')).toThrow(/#rrggbb/)
  })
})
