import { useEffect } from 'react'
import { isSecureUrl } from '@/lib/secure-url'

/**
 * The agency's logo as the tab's icon while a signed-in page is shown, so the tab is branded like the
 * header; index.html's own icon (the portal's, neutral) comes back when the frame goes (signing out).
 * Only an absolute https URL (http on loopback, the fake API's asset host) is used: `logo_url` comes
 * from the API, and anything else, or no logo, leaves the portal's icon. The CSP's `img-src` governs
 * icons as it does the header's `<img>`, so a logo it would block is blocked in both alike.
 */
export function useTabIcon(logoUrl: string | null | undefined): void {
  useEffect(() => {
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]')
    const logo = iconUrl(logoUrl)
    if (!icon || !logo) return
    const portalIcon = icon.getAttribute('href')
    icon.href = logo
    return () => {
      if (portalIcon === null) icon.removeAttribute('href')
      else icon.setAttribute('href', portalIcon)
    }
  }, [logoUrl])
}

/** `url` if it is one to show as an icon, else null. */
export function iconUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return isSecureUrl(parsed) && !parsed.username && !parsed.password ? parsed.href : null
  } catch {
    return null
  }
}
