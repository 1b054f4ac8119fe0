import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { db, resetDb } from './db'
import { handlers } from './handlers'
import { refuseUnauthenticatedClient, type ConfidentialClient } from './handlers/oauth'
import { answerWithoutPrompt, approve, readAuthorizeRequest } from './oauth/authorize-request'
import { SEED, type SeedOptions } from './seed'

/*
 * The fake Nextoria API as a real HTTP server on this machine, for benchmarks of the production build
 * (mocking off): nothing of msw is in the page, the browser talks HTTP to this server as it would to
 * the real API. One origin serves
 *   /v1/...            the msw handlers, run through msw's getResponse (the same handlers as everywhere)
 *   /oauth/authorize   an authorization endpoint that approves at once (no sign-in page to click)
 *   /_assets/...       the fake asset host (the agency logo), which in the browser worker msw answers
 *   /_test/...         with `testEndpoints` only: what tests in another process may read (see below)
 *   anything else      the built app (`distDir`) as a production host serves it: gzip, hashed assets
 *                      cached for good, index.html for every other path (the SPA's routes), and the
 *                      security headers the build wrote to `security-headers.conf`, when it wrote one
 * It binds 127.0.0.1 only.
 */

export type HttpServerOptions = {
  /** The built app to serve (`vite build`'s outDir). */
  distDir: string
  /** 0 (the default) lets the system pick a free port; read it back from `origin`/`port`. */
  port?: number
  /** Who the authorization endpoint signs in when the request has no `bench_user` cookie. */
  userId?: string
  /** Seed options, e.g. `{ largeInvoiceCount: 5000 }`. */
  seed?: SeedOptions
  /** How long access tokens from the auto-approving endpoint live (and their refreshes); default 900. */
  accessTtlSeconds?: number
  /**
   * Clients registered with a secret. Given, the token and revocation endpoints serve only these, each
   * authenticated the way it was registered (HTTP Basic or the form's `client_secret`), and refuse
   * anything else with 401 `invalid_client` (RFC 6749 §5.2), as an authorization server that issued
   * the portal a secret would. Default: none, and any client is a public one (PKCE, no secret).
   */
  confidentialClients?: ConfidentialClient[]
  /**
   * Test-only: `GET /_test/oauth-requests` answers `oauthRequests()` as JSON, for tests in another
   * process (Playwright's workers) to see which requests reached the token and revocation endpoints.
   */
  testEndpoints?: boolean
}

/** Every request that reached the token or revocation endpoint since the server started. */
export type OAuthRequestCounts = {
  token: number
  revoke: number
  /** Token requests by their `grant_type` (`(none)` without one). */
  grantTypes: Record<string, number>
  /** Requests refused for their client authentication (with `confidentialClients`). */
  refusedClients: number
}

export type HttpServer = {
  origin: string
  port: number
  /** A freshly seeded db (signed out everywhere), as resetDb(); the user default may change too. */
  reset(seed?: SeedOptions, userId?: string): void
  /** A copy of the counts of requests that reached the token and revocation endpoints. */
  oauthRequests(): OAuthRequestCounts
  close(): Promise<void>
}

/** The cookie that picks the signed-in user per browser context, e.g. `bench_user=user_large`. */
export const USER_COOKIE = 'bench_user'

/** How long the access tokens issued through the auto-approving endpoint live, in seconds, by default. */
const ACCESS_TTL_SECONDS = 900

const TOKEN_PATH = '/v1/oauth/token'
const REVOKE_PATH = '/v1/oauth/revoke'
/** Test-only: the counts of requests to the token and revocation endpoints (`testEndpoints`). */
export const OAUTH_REQUESTS_PATH = '/_test/oauth-requests'

/** Under this path the server answers for the fake asset host (what `https://assets…` became). */
const ASSET_PREFIX = '/_assets'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt'])
/** gzip as a plain nginx does it (level 6, nothing under 1 kB); no brotli. */
const GZIP_LEVEL = 6
const GZIP_MIN_LENGTH = 1024

/** The build's own list of security headers (nginx `add_header Name "value" always;` lines), if any. */
export const SECURITY_HEADERS_FILE = 'security-headers.conf'

async function readSecurityHeaders(distDir: string): Promise<Record<string, string>> {
  const text = await readFile(join(distDir, SECURITY_HEADERS_FILE), 'utf8').catch(() => '')
  const headers: Record<string, string> = {}
  for (const match of text.matchAll(/^add_header\s+([\w-]+)\s+"((?:[^"\\]|\\.)*)"/gm)) {
    const [, name, value] = match
    if (name && value !== undefined) headers[name] = value.replace(/\\(.)/g, '$1')
  }
  return headers
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

/** Node's request as a fetch Request, for msw. */
async function toFetchRequest(request: IncomingMessage, url: URL): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const method = request.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request)
  return new Request(url, { method, headers, body })
}

async function sendFetchResponse(response: Response, res: ServerResponse, head: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, headers)
  res.end(head ? undefined : body)
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  res.end(text)
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const distDir = resolve(options.distDir)
  let defaultUserId: string = options.userId ?? SEED.users.ordinary
  /** The asset host the seed names (`https://assets.nextoriahub.com`), served here under ASSET_PREFIX. */
  let assetOrigin: string | undefined
  let origin = ''
  const accessTtlSeconds = options.accessTtlSeconds ?? ACCESS_TTL_SECONDS
  const counts: OAuthRequestCounts = { token: 0, revoke: 0, grantTypes: {}, refusedClients: 0 }
  const oauthRequests = (): OAuthRequestCounts => ({ ...counts, grantTypes: { ...counts.grantTypes } })

  /** Files gzipped once (again when a rebuild changes them). */
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>()
  /** Read per response, since the app may be built after the server started. */
  const securityHeaders = () => readSecurityHeaders(distDir)

  function reset(seed: SeedOptions = options.seed ?? {}, userId?: string): void {
    resetDb(seed)
    if (userId) defaultUserId = userId
    // The browser cannot reach the real asset host from here; this server stands in for it.
    const logo = db.workspace.logo_url
    if (logo) {
      const url = new URL(logo)
      assetOrigin = url.origin
      db.workspace.logo_url = `${origin}${ASSET_PREFIX}${url.pathname}${url.search}`
    }
  }

  /** CORS for a page on another origin (e.g. a dev server); same-origin requests need none. */
  function corsHeaders(request: IncomingMessage): Record<string, string> {
    const from = request.headers.origin
    if (!from || from === origin) return {}
    return {
      'Access-Control-Allow-Origin': from,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Expose-Headers': 'X-Request-Id',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    }
  }

  /**
   * Counts a request to the token or revocation endpoint, and with confidential clients answers the
   * refusal of one that does not authenticate as one of them; null lets the handlers answer it.
   */
  async function checkOAuthRequest(fetchRequest: Request, pathname: string): Promise<Response | null> {
    const form = new URLSearchParams(await fetchRequest.clone().text())
    if (pathname === TOKEN_PATH) {
      counts.token += 1
      const grantType = form.get('grant_type') ?? '(none)'
      counts.grantTypes[grantType] = (counts.grantTypes[grantType] ?? 0) + 1
    } else {
      counts.revoke += 1
    }
    const clients = options.confidentialClients
    if (!clients || fetchRequest.method !== 'POST') return null
    const refusal = refuseUnauthenticatedClient(fetchRequest.headers, form, clients)
    if (refusal) counts.refusedClients += 1
    return refusal
  }

  async function answerWithHandlers(request: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const fetchRequest = await toFetchRequest(request, url)
    const oauthEndpoint = url.pathname === TOKEN_PATH || url.pathname === REVOKE_PATH
    const refusal = oauthEndpoint ? await checkOAuthRequest(fetchRequest, url.pathname) : null
    const response = refusal ?? (await getResponse(handlers, fetchRequest))
    if (!response) return sendText(res, 404, `No handler for ${request.method} ${url.pathname}`, corsHeaders(request))
    for (const [name, value] of Object.entries(corsHeaders(request))) response.headers.set(name, value)
    await sendFetchResponse(response, res, request.method === 'HEAD')
  }

  function authorize(request: IncomingMessage, res: ServerResponse, url: URL): void {
    const authorizeRequest = readAuthorizeRequest(url.searchParams)
    if ('problem' in authorizeRequest) return sendText(res, 400, authorizeRequest.problem)
    const userId = readCookie(request, USER_COOKIE) ?? defaultUserId
    const known = db.users.some((user) => user.id === userId)
    let location: string
    // This server's browser is always signed in (as `bench_user`, else the default user), so `prompt=none`
    // is approved like any request; an empty or unknown `bench_user` is nobody, so `login_required`.
    if (authorizeRequest.silent) location = answerWithoutPrompt(authorizeRequest, known ? userId : null, accessTtlSeconds)
    else if (known) location = approve(authorizeRequest, userId, accessTtlSeconds)
    else return sendText(res, 400, `No such user: ${userId}`)
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' })
    res.end()
  }

  async function fileAt(pathname: string): Promise<string | undefined> {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return undefined
    }
    const path = resolve(join(distDir, decoded))
    if (path !== distDir && !path.startsWith(distDir + sep)) return undefined
    const info = await stat(path).catch(() => undefined)
    return info?.isFile() ? path : undefined
  }

  async function serveFile(request: IncomingMessage, res: ServerResponse, path: string, cacheControl: string): Promise<void> {
    const ext = extname(path)
    const info = await stat(path)
    const gzip =
      COMPRESSIBLE.has(ext) && info.size >= GZIP_MIN_LENGTH && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    let body: Buffer
    if (gzip) {
      let entry = compressed.get(path)
      if (!entry || entry.mtimeMs !== info.mtimeMs) {
        entry = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(path), { level: GZIP_LEVEL }) }
        compressed.set(path, entry)
      }
      body = entry.body
    } else {
      body = await readFile(path)
    }
    res.writeHead(200, {
      ...(await securityHeaders()),
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': cacheControl,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(request.method === 'HEAD' ? undefined : body)
  }

  /** The built app: hashed assets cached for good (404 when missing), any other path index.html unless it is a file. */
  async function serveApp(request: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/csp-report' && request.method === 'POST') {
      await readBody(request)
      res.writeHead(204)
      return void res.end()
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(res, 405, 'Method not allowed')
    const asset = url.pathname.startsWith('/assets/')
    const hidden = url.pathname === `/${SECURITY_HEADERS_FILE}`
    const path = hidden ? undefined : await fileAt(url.pathname === '/' ? '/index.html' : url.pathname)
    if (path) return serveFile(request, res, path, asset ? 'public, max-age=31536000, immutable' : 'no-cache')
    const index = asset || hidden ? undefined : await fileAt('/index.html')
    if (index) return serveFile(request, res, index, 'no-cache')
    sendText(res, 404, `Not found: ${url.pathname}`)
  }

  async function route(request: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    const { pathname } = url
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      res.writeHead(204, corsHeaders(request))
      return void res.end()
    }
    if (pathname === '/v1' || pathname.startsWith('/v1/')) return answerWithHandlers(request, res, url)
    if (pathname === '/oauth/authorize' && request.method === 'GET') return authorize(request, res, url)
    if (options.testEndpoints && pathname === OAUTH_REQUESTS_PATH && request.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      return void res.end(JSON.stringify(oauthRequests()))
    }
    if (pathname.startsWith(`${ASSET_PREFIX}/`) && assetOrigin) {
      const assetUrl = new URL(pathname.slice(ASSET_PREFIX.length) + url.search, assetOrigin)
      return answerWithHandlers(request, res, assetUrl)
    }
    return serveApp(request, res, url)
  }

  const server = createServer((request, res) => {
    route(request, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Fake API server error: ${String(error)}`)
      else res.destroy()
    })
  })
  server.keepAliveTimeout = 5_000

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail)
      done()
    })
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  reset()

  return {
    origin,
    port,
    reset,
    oauthRequests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}
