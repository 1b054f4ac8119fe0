import type { CSSProperties } from 'react'
import type { Workspace } from '@/lib/api/types'
import { accessibleShade, textOn } from '@/lib/color/contrast'

/**
 * The agency's colour as CSS variables: `--brand` as given, for fills and accents; `--brand-text`, a
 * shade that passes WCAG AA as text on white; `--on-brand`, black or white for text on brand fills.
 */
export function brandStyle(workspace: Workspace): CSSProperties {
  return {
    '--brand': workspace.brand_color,
    '--brand-text': accessibleShade(workspace.brand_color),
    '--on-brand': textOn(workspace.brand_color),
  } as CSSProperties
}
