type Rgb = [number, number, number]

/** `#rrggbb`, the pattern openapi.yaml gives `Workspace.brand_color`; the only form computed with here. */
const HEX_COLOUR = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/

/** Whether a value from the API is a colour these functions take: check before computing with it. */
export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value)
}

function parseHex(hex: string): Rgb {
  const match = HEX_COLOUR.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${String(hex)}`)
  return [match[1], match[2], match[3]].map((part) => Number.parseInt(part as string, 16)) as Rgb
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/** WCAG 2.2 relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5

/** WCAG AA for large text and for what tells a state or shape: borders, bars, focus rings (1.4.11). */
export const AA_NON_TEXT = 3

/** The first of `brand`'s 41 mixes (step 0, the colour itself, to 40) that reaches `minimum` on `background`. */
function firstReadable(brand: string, background: string, minimum: number, mix: (c: number, t: number) => number): string | null {
  const base = parseHex(brand)
  for (let step = 0; step <= 40; step++) {
    const mixed = toHex(base.map((c) => mix(c, step / 40)) as Rgb)
    if (contrastRatio(mixed, background) >= minimum) return mixed
  }
  return null
}

/**
 * The agency's colour if text in it is readable on `background`, else the nearest darker shade that is
 * (mixed toward black in small steps), so a light brand colour still brands the portal without failing AA.
 */
export function accessibleShade(brand: string, background = '#ffffff', minimum = AA_TEXT): string {
  return firstReadable(brand, background, minimum, (c, t) => c * (1 - t)) ?? '#000000'
}

/**
 * For a dark background, the mirror of accessibleShade: the agency's colour if it is readable on
 * `background`, else the nearest lighter tint that is (mixed toward white in the same small steps).
 */
export function accessibleTint(brand: string, background: string, minimum = AA_TEXT): string {
  return firstReadable(brand, background, minimum, (c, t) => c + (255 - c) * t) ?? '#ffffff'
}

/** Black or white, whichever reads better on the brand colour (for text on brand-filled surfaces). */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff'
}
