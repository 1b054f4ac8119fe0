import type { HtmlTagDescriptor, Plugin } from 'vite'
import { cspDirectives, metaCsp, nginxInclude, securityHeaders, type PolicyEnv, type PolicyOptions } from './security-policy.ts'

/** Written next to index.html; deploy/nginx.conf includes it (and never serves it). */
export const SECURITY_HEADERS_FILE = 'security-headers.conf'

/**
 * `vite build` with mocking off: writes `dist/security-headers.conf`, the nginx `add_header` lines for
 * the CSP and the other security headers, computed from the build's own env; and puts the same CSP
 * (less what a `<meta>` cannot carry: frame-ancestors, reporting) into index.html, so a host that drops
 * the headers still enforces it.
 *
 * The dev server is untouched: Vite's dev client and React Refresh need inline script. A build on the
 * fake API (`VITE_API_MOCKING=on`: browser tests, demos) is never deployed and carries the fake sign-in
 * and checkout pages and the dev panel, which are not held to the portal's policy.
 */
export function securityHeadersPlugin(): Plugin {
  let env: PolicyEnv = {}
  let enabled = false
  const options: PolicyOptions = { reportUri: process.env.CSP_REPORT_URI || undefined }
  return {
    name: 'nextoria:security-headers',
    apply: 'build',
    configResolved(config) {
      env = config.env
      enabled = env.VITE_API_MOCKING !== 'on'
    },
    transformIndexHtml(): HtmlTagDescriptor[] {
      if (!enabled) return []
      const content = metaCsp(cspDirectives(env, options))
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }]
    },
    generateBundle() {
      if (!enabled) return
      this.emitFile({ type: 'asset', fileName: SECURITY_HEADERS_FILE, source: nginxInclude(securityHeaders(env, options)) })
    },
  }
}
