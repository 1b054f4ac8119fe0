import { cspDirectives, nginxInclude, portalEndpoints, securityHeaders, sourceFor } from './security-policy.ts'

/*
 * The policy when the token and revocation endpoints are the portal's own token-mediating backend
 * (deploy/oauth-backend.conf): set as paths, they are `'self'` in connect-src, and nothing of Nextoria's
 * token endpoint is left in the policy. Pure functions, no build.
 */

const connectSrc = (env: Record<string, string>) => cspDirectives(env).find(([name]) => name === 'connect-src')

describe('connect-src with the token-mediating backend', () => {
  it("names the portal's own origin once, as 'self', for same-origin token and revocation paths", () => {
    const env = { VITE_API_BASE_URL: 'https://api.nextoriahub.com/v1', VITE_OAUTH_TOKEN_URL: '/oauth/token', VITE_OAUTH_REVOKE_URL: '/oauth/revoke' }
    expect(connectSrc(env)).toEqual(['connect-src', 'https://api.nextoriahub.com', "'self'"])
  })

  it('keeps the endpoints as configured: paths stay paths for the app to resolve on its own origin', () => {
    expect(portalEndpoints({ VITE_OAUTH_TOKEN_URL: '/oauth/token', VITE_OAUTH_REVOKE_URL: '/oauth/revoke' })).toEqual({
      apiBaseUrl: 'https://api.nextoriahub.com/v1',
      tokenUrl: '/oauth/token',
      revokeUrl: '/oauth/revoke',
    })
    expect(sourceFor('/oauth/token')).toBe("'self'")
    expect(sourceFor('/oauth/revoke')).toBe("'self'")
  })

  it('names only the token host’s origin, never its path, when the endpoints are absolute elsewhere', () => {
    const env = { VITE_OAUTH_TOKEN_URL: 'https://auth.example.com/oauth/token', VITE_OAUTH_REVOKE_URL: 'https://auth.example.com/oauth/revoke' }
    expect(connectSrc(env)).toEqual(['connect-src', 'https://api.nextoriahub.com', 'https://auth.example.com'])
  })

  it("with only one of the two on this origin, names both it ('self') and the other's origin", () => {
    const env = { VITE_OAUTH_TOKEN_URL: '/oauth/token' }
    expect(connectSrc(env)).toEqual(['connect-src', 'https://api.nextoriahub.com', "'self'"])
    expect(connectSrc({ VITE_API_BASE_URL: 'https://api.example.com/v1', VITE_OAUTH_REVOKE_URL: '/oauth/revoke' })).toEqual([
      'connect-src',
      'https://api.example.com',
      "'self'",
    ])
  })

  it("puts the same connect-src into the nginx include (the header nginx sends)", () => {
    const env = { VITE_API_BASE_URL: 'http://127.0.0.1:9000/v1', VITE_OAUTH_TOKEN_URL: '/oauth/token', VITE_OAUTH_REVOKE_URL: '/oauth/revoke' }
    const csp = securityHeaders(env).find(([name]) => name === 'Content-Security-Policy')?.[1] ?? ''
    expect(csp).toContain("connect-src http://127.0.0.1:9000 'self';")
    expect(nginxInclude(securityHeaders(env))).toContain("connect-src http://127.0.0.1:9000 'self';")
  })
})
