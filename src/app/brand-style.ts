import type { CSSProperties } from 'react'
import type { Workspace } from '@/lib/api/types'
import { accessibleShade, isHexColour, textOn } from '@/lib/color/contrast'

/** The page's background (styles.css `--page`): darker than the white cards, so the harder case for text. */
const PAGE_BACKGROUND = '#f6f7f9'

/** The portal's own blue (styles.css `--brand`), for a workspace whose colour is unusable. */
const DEFAULT_BRAND = '#2b59c3'

/**
 * The agency's colour as CSS variables: `--brand` as given, for fills and accents; `--brand-text`, a
 * shade that passes WCAG AA as text on the page and on white cards; `--on-brand`, black or white for
 * text on brand fills. A colour that is not `#rrggbb` (the spec's pattern) gives the default instead:
 * the contrast maths cannot work on it, and branding must never take a page down.
 */
export function brandStyle(workspace: Pick<Workspace, 'brand_color'>): CSSProperties {
  const brand = isHexColour(workspace.brand_color) ? workspace.brand_color : DEFAULT_BRAND
  return {
    '--brand': brand,
    '--brand-text': accessibleShade(brand, PAGE_BACKGROUND),
    '--on-brand': textOn(brand),
  } as CSSProperties
}
