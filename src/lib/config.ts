/*
 * Everything the build is told by its environment, read here so that no other module of the app
 * touches `import.meta.env`, with one exception: src/main.tsx compares `VITE_API_MOCKING` in place.
 * That comparison must stay there, on the literal Vite inlines, for the build to drop the mock import:
 * with the switch exported from here instead, a production build still ships the mocks and msw
 * (tried: src/test/production-build.test.ts fails). Defaults are the real Nextoria endpoints;
 * `.env.development` points them at the fake ones for `npm run dev`. Each variable is named in full:
 * reading `import.meta.env` as a whole would copy every VITE_* variable of the build machine into the
 * bundle.
 */

/** The Nextoria API root, including its version segment. */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || 'https://api.nextoriahub.com/v1'

/**
 * An endpoint as the absolute URL oauth4webapi needs: a path (`/oauth/token`) is on the portal's own
 * origin, so one build serves any host (the token-mediating backend of deploy/oauth-backend.conf).
 */
const onThisOrigin = (url: string) => new URL(url, window.location.origin).href

export const oauthConfig = {
  authorizeUrl: onThisOrigin(import.meta.env.VITE_OAUTH_AUTHORIZE_URL || 'https://app.nextoriahub.com/oauth/authorize'),
  tokenUrl: onThisOrigin(import.meta.env.VITE_OAUTH_TOKEN_URL || `${apiBaseUrl}/oauth/token`),
  revokeUrl: onThisOrigin(import.meta.env.VITE_OAUTH_REVOKE_URL || `${apiBaseUrl}/oauth/revoke`),
  /** Issued when the agency registers the portal as an OAuth app; there is no sensible default. */
  clientId: import.meta.env.VITE_OAUTH_CLIENT_ID || '',
  redirectUri: import.meta.env.VITE_OAUTH_REDIRECT_URI || `${window.location.origin}/auth/callback`,
  scope: 'clients:read projects:read invoices:read files:read',
}

/**
 * The checkout origins a Pay link may lead to, comma-separated (see safePaymentUrl); `self` is the
 * portal's own origin, where the fake API's mock checkout lives. Default: Stripe Checkout only.
 */
export const paymentOrigins: string = import.meta.env.VITE_PAYMENT_ORIGINS || 'https://checkout.stripe.com'
