import type { HtmlTagDescriptor, Plugin } from 'vite'
import {
  cspDirectives,
  inlineScriptHashes,
  metaCsp,
  nginxInclude,
  securityHeaders,
  type PolicyEnv,
  type PolicyOptions,
} from './security-policy.ts'

/** Written next to index.html; deploy/nginx.conf includes it (and never serves it). */
export const SECURITY_HEADERS_FILE = 'security-headers.conf'

/**
 * `vite build` with mocking off: writes `dist/security-headers.conf`, the nginx `add_header` lines for
 * the CSP and the other security headers, computed from the build's own env; and puts the same CSP
 * (less what a `<meta>` cannot carry: frame-ancestors, reporting) into index.html, so a host that drops
 * the headers still enforces it.
 *
 * index.html's one inline script (the theme, set before the first paint) is allowed by its hash,
 * computed here from the built index.html's own text once every other plugin has transformed it, and
 * checked again against the file as written: editing the script changes the hash with it, and a build
 * whose policy would not admit the script fails instead of shipping a page that paints in the wrong
 * scheme.
 *
 * The dev server is untouched: Vite's dev client and React Refresh need inline script. A build on the
 * fake API (`VITE_API_MOCKING=on`: browser tests, demos) is never deployed and carries the fake sign-in
 * and checkout pages and the dev panel, which are not held to the portal's policy.
 */
export function securityHeadersPlugin(): Plugin {
  let env: PolicyEnv = {}
  let enabled = false
  let scriptHashes: string[] | undefined
  const options: PolicyOptions = { reportUri: process.env.CSP_REPORT_URI || undefined }
  return {
    name: 'nextoria:security-headers',
    apply: 'build',
    configResolved(config) {
      env = config.env
      enabled = env.VITE_API_MOCKING !== 'on'
    },
    transformIndexHtml: {
      order: 'post',
      handler(html): HtmlTagDescriptor[] {
        if (!enabled) return []
        scriptHashes = inlineScriptHashes(html)
        const content = metaCsp(cspDirectives(env, { ...options, scriptHashes }))
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }]
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!enabled) return
        const index = bundle['index.html']
        const written = index?.type === 'asset' && typeof index.source === 'string' ? index.source : undefined
        if (written === undefined || scriptHashes === undefined) {
          this.error('security-headers: the built index.html was not found, so its inline script cannot be hashed')
        }
        const hashes = inlineScriptHashes(written)
        if (hashes.join(' ') !== scriptHashes.join(' ')) {
          this.error(`security-headers: index.html's inline scripts changed after they were hashed (${scriptHashes.join(' ')} → ${hashes.join(' ')})`)
        }
        this.emitFile({ type: 'asset', fileName: SECURITY_HEADERS_FILE, source: nginxInclude(securityHeaders(env, { ...options, scriptHashes })) })
      },
    },
  }
}
