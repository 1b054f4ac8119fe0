import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIResponse } from '@playwright/test'
import { inlineScriptHashes, securityHeaders } from '../build/security-policy'
import { apiOrigin, expect, test } from './support'

/**
 * What the build wrote into dist/security-headers.conf for this build's env (API on 127.0.0.1), the
 * CSP allowing index.html's theme script by the hash of the index.html it built.
 */
function expectedHeaders(): Array<[string, string]> {
  const env = { VITE_API_BASE_URL: `${apiOrigin()}/v1` }
  const html = readFileSync(join(process.env.NGINX_PREFIX ?? '', 'dist', 'index.html'), 'utf8')
  return securityHeaders(env, { scriptHashes: inlineScriptHashes(html) })
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  for (const [name, value] of expectedHeaders()) expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value)
  expect(headers['server'], `${what} names no nginx version`).toBe('nginx')
}

test('the index, a deep link and an unknown path: index.html, revalidated, with every security header', async ({ request }) => {
  const index = await request.get('/')
  const indexHtml = await index.text()
  for (const path of ['/', '/index.html', '/invoices', '/projects/proj_lg_site', '/no/such/page']) {
    const response = path === '/' ? index : await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8')
    expect(response.headers()['cache-control'], path).toBe('no-cache')
    expectSecurityHeaders(response, path)
    expect(await response.text(), path).toBe(indexHtml)
  }
  const csp = expectedHeaders().find(([name]) => name === 'Content-Security-Policy')?.[1] ?? ''
  expect(csp).toContain(`connect-src ${apiOrigin()}`)
})

test('a hashed asset: cached for a year as immutable, compressed, with the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text()
  // The entry's tag carries more attributes than Vite's own (build/first-load.ts lowers its priority).
  const script = html.match(/<script type="module"[^>]* src="(\/assets\/[^"]+\.js)">/)?.[1]
  const style = html.match(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/)?.[1]
  expect(script).toBeTruthy()
  expect(style).toBeTruthy()
  for (const path of [script ?? '', style ?? '']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable')
    expect(response.headers()['content-encoding'], path).toBe('gzip')
    expect(response.headers()['content-type'], path).toMatch(path.endsWith('.js') ? /^application\/javascript/ : /^text\/css/)
    expectSecurityHeaders(response, path)
  }
})

test('the tab icon is a hashed SVG asset, served as an image and cached like the others', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const icon = html.match(/<link rel="icon" href="(\/assets\/favicon-[^"]+\.svg)"/)?.[1]
  expect(icon, 'index.html links the portal icon').toBeTruthy()
  const response = await request.get(icon ?? '')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml(;|$)/)
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(await response.text()).toMatch(/^<svg /)
  expectSecurityHeaders(response, icon ?? '')
})

test('a missing asset is a 404 that is not cached, not index.html; errors carry the headers too', async ({ request }) => {
  const response = await request.get('/assets/index-0000000.js')
  expect(response.status()).toBe(404)
  expect(response.headers()['cache-control']).toBeUndefined()
  expect(await response.text()).not.toContain('<div id="root">')
  expectSecurityHeaders(response, 'a 404 asset')
})

test('nothing else is served: no build config, no directory listing, no version', async ({ request }) => {
  const conf = await request.get('/security-headers.conf')
  expect(conf.status()).toBe(404)
  expectSecurityHeaders(conf, '/security-headers.conf')
  // The include exists in dist/, or the nginx test would not be testing it.
  expect(readFileSync(join(process.env.NGINX_PREFIX ?? '', 'dist', 'security-headers.conf'), 'utf8')).toContain('add_header')

  const listing = await request.get('/assets/')
  expect(listing.status()).toBe(404)
  expect(await listing.text()).not.toMatch(/Index of/)
  expect(await listing.text()).not.toMatch(/nginx\/\d/)
})

test('the CSP report endpoint takes a POST and answers 204', async ({ request }) => {
  const report = { 'csp-report': { 'document-uri': 'http://127.0.0.1/', 'violated-directive': 'img-src' } }
  const response = await request.post('/csp-report', { data: report, headers: { 'Content-Type': 'application/csp-report' } })
  expect(response.status()).toBe(204)
  expect((await request.get('/csp-report')).status()).toBe(403)
})
