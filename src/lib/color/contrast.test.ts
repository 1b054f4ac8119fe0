import { accessibleShade, contrastRatio, isHexColour, textOn } from './contrast'

describe('brand colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps a brand colour that already passes AA on white', () => {
    expect(accessibleShade('#1d4ed8')).toBe('#1d4ed8')
  })

  it('derives a darker shade of a light brand colour that passes AA', () => {
    const shade = accessibleShade('#f4b400')
    expect(contrastRatio('#f4b400', '#ffffff')).toBeLessThan(4.5)
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    // Still the same hue family: every channel scaled by the same factor.
    const [r, g] = [Number.parseInt(shade.slice(1, 3), 16), Number.parseInt(shade.slice(3, 5), 16)]
    expect(r).toBeGreaterThan(g)
  })

  it('picks black or white text for brand-filled surfaces', () => {
    expect(textOn('#f4b400')).toBe('#000000')
    expect(textOn('#1d4ed8')).toBe('#ffffff')
  })
})

describe('brand colours outside the spec (`^#[0-9a-fA-F]{6}$`)', () => {
  it('recognises only #rrggbb', () => {
    expect(isHexColour('#1d4ed8')).toBe(true)
    expect(isHexColour('#ABCDEF')).toBe(true)
    for (const value of ['red;background:url(x)', 'expression(alert(1))', '#12345', '#1234567', '#GGGGGG', '', '1d4ed8', '#fff', ' #1d4ed8', '#1d4ed8\n', 'red', 0x1d4ed8, null, undefined, {}, ['#1d4ed8']]) {
      expect(isHexColour(value), JSON.stringify(value)).toBe(false)
    }
  })

  it('refuses to compute with anything else, rather than guess', () => {
    expect(() => contrastRatio('#GGGGGG', '#ffffff')).toThrow(/#rrggbb/)
    expect(() => accessibleShade('1d4ed8')).toThrow(/#rrggbb/)
    expect(() => textOn('#12345')).toThrow(/#rrggbb/)
  })
})
