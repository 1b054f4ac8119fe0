import type { CSSProperties } from 'react'
import type { Workspace } from '@/lib/api/types'
import { AA_NON_TEXT, accessibleShade, accessibleTint, isHexColour, textOn } from '@/lib/color/contrast'

/**
 * The backgrounds brand text sits on that are closest to it, one per scheme (theme.css): in the light
 * scheme the page (`--page`, darker than the white cards), in the dark one the cards (`--surface`,
 * lighter than the page). Passing on these, a shade passes on the other background of its scheme too.
 */
export const LIGHT_BACKGROUND = '#f6f7f9'
export const DARK_BACKGROUND = '#1c1f24'

/** The portal's own blue (theme.css `--brand`), for a workspace whose colour is unusable. */
const DEFAULT_BRAND = '#2b59c3'

/**
 * The agency's colour as CSS variables, for both schemes (theme.css picks one pair as `--accent` and
 * `--accent-text`):
 * - `--brand`, as given: the light scheme's decorative stripe; `--on-brand`, black or white on it;
 * - `--brand-text`, a shade that passes WCAG AA as text on the light page and its white cards (links,
 *   the current page, buttons, bars), mixed toward black when the colour is too light;
 * - `--brand-dark`, the colour (or a lighter tint) at 3:1 on the dark scheme's surfaces, for its stripe;
 * - `--brand-text-dark`, a tint that passes AA as text on the dark page and cards, mixed toward white.
 * A colour that is not `#rrggbb` (the spec's pattern) gives the default instead: the contrast maths
 * cannot work on it, and branding must never take a page down.
 */
export function brandStyle(workspace: Pick<Workspace, 'brand_color'>): CSSProperties {
  const brand = isHexColour(workspace.brand_color) ? workspace.brand_color : DEFAULT_BRAND
  return {
    '--brand': brand,
    '--brand-text': accessibleShade(brand, LIGHT_BACKGROUND),
    '--on-brand': textOn(brand),
    '--brand-dark': accessibleTint(brand, DARK_BACKGROUND, AA_NON_TEXT),
    '--brand-text-dark': accessibleTint(brand, DARK_BACKGROUND),
  } as CSSProperties
}
