import {
  cspDirectives,
  inlineScriptHashes,
  inlineScripts,
  nginxInclude,
  portalEndpoints,
  scriptHashSource,
  securityHeaders,
  serializeCsp,
  sourceFor,
} from './security-policy.ts'

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

describe('inline scripts allowed by their hash (index.html’s theme script)', () => {
  it("hashes a script's text as CSP does: SHA-256 of its UTF-8, base64", () => {
    // The example in the CSP Level 3 specification (§ 2.3.1, "hash-source").
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
  })

  it('finds the inline scripts of a page, exactly as written, and not those with a src', () => {
    const html = [
      '<head><script>\n  one()\n</script>',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<SCRIPT>two()</SCRIPT></head>',
    ].join('')
    expect(inlineScripts(html)).toEqual(['\n  one()\n', 'two()'])
    expect(inlineScriptHashes(html)).toEqual([scriptHashSource('\n  one()\n'), scriptHashSource('two()')])
  })

  it('gives a changed script a different hash, even for one space', () => {
    expect(scriptHashSource('one()')).not.toBe(scriptHashSource('one() '))
  })

  it("puts the hashes in script-src after 'self', and nowhere else", () => {
    const hash = scriptHashSource('one()')
    const directives = cspDirectives({}, { scriptHashes: [hash] })
    expect(directives.find(([name]) => name === 'script-src')).toEqual(['script-src', "'self'", hash])
    expect(serializeCsp(directives).split(hash)).toHaveLength(2)
    expect(cspDirectives({}).find(([name]) => name === 'script-src')).toEqual(['script-src', "'self'"])
  })
})
