/*
 * The portal's Content Security Policy and security headers, derived from the same build env as
 * src/lib/config.ts (with the same defaults), so the policy allows exactly the endpoints the bundle
 * talks to. Pure functions: the Vite plugin (security-headers.ts), the build test and the nginx
 * browser test all compute the expected values here.
 */

import { createHash } from 'node:crypto'

/** The build env the policy reads; `VITE_*` as Vite loads it (files, then process.env). */
export type PolicyEnv = Partial<Record<string, string>>

/** Where agency logos (`Workspace.logo_url`) are served from; not configurable in the app either. */
export const ASSET_ORIGINS = ['https://assets.nextoriahub.com']

/** The default same-origin report endpoint; nginx answers it (deploy/nginx.conf). */
export const DEFAULT_CSP_REPORT_URI = '/csp-report'

/**
 * The endpoints the bundle calls, with the defaults of src/lib/config.ts. A path (e.g. `/oauth/token`,
 * the token-mediating backend of deploy/oauth-backend.conf) is on the portal's own origin, which the
 * app resolves at run time and the policy names `'self'` (sourceFor).
 */
export function portalEndpoints(env: PolicyEnv) {
  const apiBaseUrl = env.VITE_API_BASE_URL || 'https://api.nextoriahub.com/v1'
  return {
    apiBaseUrl,
    tokenUrl: env.VITE_OAUTH_TOKEN_URL || `${apiBaseUrl}/oauth/token`,
    revokeUrl: env.VITE_OAUTH_REVOKE_URL || `${apiBaseUrl}/oauth/revoke`,
  }
}

/** A CSP source for a URL: its origin, or `'self'` when it is relative to the portal's own origin. */
export function sourceFor(url: string): string {
  const placeholder = 'https://portal.invalid'
  const parsed = new URL(url, placeholder)
  if (parsed.origin === placeholder) return "'self'"
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Not an http(s) URL: ${url}`)
  return parsed.origin
}

export type CspDirectives = Array<[name: string, ...sources: string[]]>

export type PolicyOptions = {
  /** Where browsers POST violation reports; `CSP_REPORT_URI` at build time, else `/csp-report`. */
  reportUri?: string
  assetOrigins?: string[]
  /** `'sha256-…'` sources of the inline scripts index.html may run (inlineScriptHashes of the built file). */
  scriptHashes?: string[]
}

/** Every `<script>` element of an HTML text that has no `src`: its text, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc\s*=/i.test(attrs))
    .map(([, , text = '']) => text)
}

/**
 * The CSP source that lets exactly this inline script run (CSP3 "hash-source"): SHA-256 of its text
 * as UTF-8, base64. Change one character of the script and the hash no longer admits it.
 */
export const scriptHashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hash sources for every inline script of `html` (index.html's theme script), in document order. */
export const inlineScriptHashes = (html: string) => [...new Set(inlineScripts(html).map(scriptHashSource))]

/**
 * Deny by default, then allow only what the portal does: its own scripts and styles, and of inline
 * script only what `scriptHashes` names, index.html's theme script (Vite emits no inline script or
 * style; React's `style` prop writes through CSSOM, which style-src does not govern), agency logos,
 * and fetches to the API and the OAuth token and revocation endpoints. Sign-in and Pay are
 * navigations, which CSP does not restrict; no form posts anywhere but here.
 */
export function cspDirectives(env: PolicyEnv, options: PolicyOptions = {}): CspDirectives {
  const { apiBaseUrl, tokenUrl, revokeUrl } = portalEndpoints(env)
  const unique = (sources: string[]) => [...new Set(sources)]
  const reportUri = options.reportUri ?? DEFAULT_CSP_REPORT_URI
  return [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...(options.scriptHashes ?? [])],
    ['style-src', "'self'"],
    ['img-src', "'self'", ...(options.assetOrigins ?? ASSET_ORIGINS)],
    ['font-src', "'self'"],
    ['connect-src', ...unique([apiBaseUrl, tokenUrl, revokeUrl].map(sourceFor))],
    ['manifest-src', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    // No HTML string ever reaches a DOM sink: Trusted Types with no policy makes sure of it.
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', "'none'"],
    // report-uri, not report-to: every browser sends it at once, while Chromium, given report-to,
    // ignores report-uri and batches reports through the Reporting API (none arrived in a test run).
    ['report-uri', reportUri],
  ]
}

export function serializeCsp(directives: CspDirectives): string {
  return directives.map((directive) => directive.join(' ')).join('; ')
}

/** Directives a `<meta>` policy may not carry (CSP3 §3.3): browsers ignore them there, with a warning. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])

export function metaCsp(directives: CspDirectives): string {
  return serializeCsp(directives.filter(([name]) => !HEADER_ONLY.has(name)))
}

/** Powerful features the portal never uses, switched off for it and anything it might embed. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

/** Every header the portal's HTML and assets are served with, in order. */
export function securityHeaders(env: PolicyEnv, options: PolicyOptions = {}): Array<[name: string, value: string]> {
  return [
    ['Content-Security-Policy', serializeCsp(cspDirectives(env, options))],
    // Browsers ignore HSTS received over plain http, so it is safe to send always; two years, no preload.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    // Callback URLs carry an authorization code and invoice URLs carry ids: send no referrer at all.
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
    // Pay opens checkout with noopener and sign-in is a same-tab navigation: no window needs an opener.
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
  ]
}

/** A header value as an nginx double-quoted string; `$` would start a variable, so it is refused. */
function nginxQuoted(name: string, value: string): string {
  if (/[$\r\n]/.test(value)) throw new Error(`Header ${name} cannot go into nginx as is: ${value}`)
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`
}

/** An nginx include: `add_header ... always;` so error answers (404, 5xx) carry them too. */
export function nginxInclude(headers: Array<[string, string]>): string {
  return [
    '# Generated by build/security-headers.ts at `vite build` from the build env; do not edit.',
    '# Include it in the server block and in every location that has its own add_header',
    '# (nginx drops inherited add_header lines in any location that adds one).',
    ...headers.map(([name, value]) => `add_header ${name} ${nginxQuoted(name, value)} always;`),
    '',
  ].join('\n')
}
