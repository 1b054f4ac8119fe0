/*
 * Everything the build is told by its environment, read here so that no other module touches
 * `import.meta.env`. Defaults are the real Nextoria endpoints; `.env.development` points them at the
 * fake ones for `npm run dev`. Each variable is named in full: reading `import.meta.env` as a whole
 * would copy every VITE_* variable of the build machine into the bundle.
 */

/** The Nextoria API root, including its version segment. */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || 'https://api.nextoriahub.com/v1'

export const oauthConfig = {
  authorizeUrl: new URL(import.meta.env.VITE_OAUTH_AUTHORIZE_URL || 'https://app.nextoriahub.com/oauth/authorize', window.location.origin)
    .href,
  tokenUrl: import.meta.env.VITE_OAUTH_TOKEN_URL || `${apiBaseUrl}/oauth/token`,
  revokeUrl: import.meta.env.VITE_OAUTH_REVOKE_URL || `${apiBaseUrl}/oauth/revoke`,
  /** Issued when the agency registers the portal as an OAuth app; there is no sensible default. */
  clientId: import.meta.env.VITE_OAUTH_CLIENT_ID || '',
  redirectUri: import.meta.env.VITE_OAUTH_REDIRECT_URI || `${window.location.origin}/auth/callback`,
  scope: 'clients:read projects:read invoices:read files:read',
}
