import type { CSSProperties } from 'react'
import type { Workspace } from '@/lib/api/types'
import { accessibleShade, textOn } from '@/lib/color/contrast'

/** The page's background (styles.css `--page`): darker than the white cards, so the harder case for text. */
const PAGE_BACKGROUND = '#f6f7f9'

/**
 * The agency's colour as CSS variables: `--brand` as given, for fills and accents; `--brand-text`, a
 * shade that passes WCAG AA as text on the page and on white cards; `--on-brand`, black or white for
 * text on brand fills.
 */
export function brandStyle(workspace: Workspace): CSSProperties {
  return {
    '--brand': workspace.brand_color,
    '--brand-text': accessibleShade(workspace.brand_color, PAGE_BACKGROUND),
    '--on-brand': textOn(workspace.brand_color),
  } as CSSProperties
}
