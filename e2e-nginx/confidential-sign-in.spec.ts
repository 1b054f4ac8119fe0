import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, Request, Response } from '@playwright/test'
import { basicCredentials } from '../mocks/handlers/oauth'
import { SEED } from '../mocks/seed/ids'
import { CONFIDENTIAL_ACCESS_TTL_SECONDS, INSTANCES, instancePrefix, readClientFile } from './confidential-setup'
import {
  confidentialApiOrigin,
  confidentialOrigin,
  confidentialPostOrigin,
  confidentialRoot,
  confidentialUnreachableOrigin,
  expect,
  loopbackAddress,
  oauthRequests,
  send,
  serveLogos,
  settled,
  signIn,
  test,
} from './support'

/*
 * The portal as a confidential client, in chromium: the production build with VITE_OAUTH_TOKEN_URL and
 * VITE_OAUTH_REVOKE_URL set to /oauth/token and /oauth/revoke, behind nginx with the token-mediating
 * backend, in front of a fake authorization server that requires the client secret. Its access tokens
 * live CONFIDENTIAL_ACCESS_TTL_SECONDS, so one expires during the test and is refreshed.
 */

// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
test.use({ baseURL: async ({}, use) => use(confidentialOrigin()) })

type TokenBody = { access_token: string; refresh_token: string; expires_in: number }

const isBackend = (path: string) => (response: Response) => response.url() === `${confidentialOrigin()}${path}`
const isGrant = (grantType: string) => (response: Response) =>
  isBackend('/oauth/token')(response) && new URLSearchParams(response.request().postData() ?? '').get('grant_type') === grantType

const meStatus = async (accessToken: string) =>
  (await send(`${confidentialApiOrigin()}/v1/me`, { method: 'GET', headers: { Authorization: `Bearer ${accessToken}` } })).status

/** Every request the page sent to an OAuth endpoint: the backend's, or (never) Nextoria's own. */
function recordOAuthRequests(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/oauth/') && request.method() === 'POST') requests.push(request)
  })
  return requests
}

test('sign-in, a refresh after the access token expired, and sign-out with revocation, all through the backend', async ({ page, violations }) => {
  const origin = confidentialOrigin()
  const before = await oauthRequests()
  const sent = recordOAuthRequests(page)
  let lastIssuedAt = 0
  page.on('response', (response) => {
    if (isBackend('/oauth/token')(response) && response.ok()) lastIssuedAt = Date.now()
  })
  await serveLogos(page)

  const exchange = page.waitForResponse(isGrant('authorization_code'))
  await signIn(page, 'ordinary', confidentialApiOrigin())
  const exchanged = await exchange
  expect(exchanged.status()).toBe(200)
  expect(exchanged.headers()['cache-control']).toBe('no-store')
  const first = (await exchanged.json()) as TokenBody
  expect(first.expires_in).toBe(CONFIDENTIAL_ACCESS_TTL_SECONDS)
  expect(await meStatus(first.access_token)).toBe(200)
  await settled(page)

  // Idle until the latest access token (the first, or one refreshed early on a slow machine) has expired
  // at the server: the next page's requests need a refreshed one.
  for (let wait = 1; wait > 0; wait = lastIssuedAt + CONFIDENTIAL_ACCESS_TTL_SECONDS * 1000 + 250 - Date.now()) {
    await page.waitForTimeout(wait)
  }
  expect(await meStatus(first.access_token), 'the first access token has expired').toBe(401)
  const refresh = page.waitForResponse(isGrant('refresh_token'))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices', exact: true }).click()
  const refreshed = await refresh
  expect(refreshed.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('table').first()).toBeVisible()
  const second = (await refreshed.json()) as TokenBody
  expect(second.access_token).not.toBe(first.access_token)
  expect(await meStatus(second.access_token)).toBe(200)

  const revocation = page.waitForResponse(isBackend('/oauth/revoke'))
  await page.getByRole('button', { name: 'Sign out' }).click()
  expect((await revocation).status()).toBe(200)
  await expect(page.getByText('You have signed out.')).toBeVisible()

  const after = await oauthRequests()
  expect(after.grantTypes.authorization_code ?? 0).toBe((before.grantTypes.authorization_code ?? 0) + 1)
  expect(after.grantTypes.refresh_token ?? 0).toBeGreaterThan(before.grantTypes.refresh_token ?? 0)
  expect(after.revoke).toBe(before.revoke + 1)
  expect(after.refusedClients, 'the backend authenticated every request it forwarded').toBe(before.refusedClients)

  // The sign-in is over at the server: the latest refresh token was revoked (or rotated and then revoked).
  const latest = sent.filter((request) => request.url() === `${origin}/oauth/revoke`).at(-1)
  const revokedToken = new URLSearchParams(latest?.postData() ?? '').get('token') ?? ''
  expect(revokedToken).toBeTruthy()
  const reuse = await send(`${origin}/oauth/token`, {
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: revokedToken, client_id: readClientFile(confidentialRoot(), 'basic').client_id }),
    from: loopbackAddress(),
  })
  expect(reuse.status).toBe(400)
  expect(reuse.json()).toMatchObject({ error: 'invalid_grant' })

  // The browser talked only to the backend, and sent it no credentials of any kind.
  expect(sent.length).toBeGreaterThanOrEqual(3)
  for (const request of sent) {
    expect(new URL(request.url()).origin, request.url()).toBe(origin)
    expect(await request.headerValue('authorization')).toBeNull()
    expect(request.postData() ?? '').not.toMatch(/client_secret|client_assertion/)
  }
  expect(violations).toEqual([])
})

test('when the authorization server cannot be reached, sign-in ends on the sign-in page’s error, signed out', async ({ page }) => {
  const origin = confidentialUnreachableOrigin()
  await page.context().addCookies([{ name: 'bench_user', value: SEED.users.ordinary, url: confidentialApiOrigin() }])
  await page.goto(`${origin}/`)
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  const exchange = page.waitForResponse((response) => response.url() === `${origin}/oauth/token`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const response = await exchange
  expect(response.status()).toBe(502)
  // The body (`temporarily_unavailable`, confidential-backend.spec.ts) the page never reads: oauth4webapi
  // reads error bodies of 4xx answers only, and waiting here for one it dropped would never end.
  expect(response.headers()['content-type']).toBe('application/json')
  await expect(page.getByText('We could not complete your sign-in. Please try again in a moment.')).toBeVisible()
  await expect(page).toHaveURL(`${origin}/sign-in?error=exchange_failed`)
})

/** Every file under `dir`, following the instances' `dist` symlink. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Which of `files` contain any of `needles` (as bytes: minified bundles, logs, anything). */
const filesContaining = (files: string[], needles: string[]) =>
  files.filter((file) => {
    const text = readFileSync(file, 'latin1')
    return needles.some((needle) => text.includes(needle))
  })

test('the client secrets are nowhere in the builds or in nginx’s logs, where a scan would find them', async () => {
  const root = confidentialRoot()
  // Something of each instance in its logs first: a forwarded request (post), an unreachable upstream.
  await send(`${confidentialPostOrigin()}/oauth/revoke`, {
    body: new URLSearchParams({ token: 'rt_unknown', client_id: readClientFile(root, 'post').client_id }),
    from: loopbackAddress(),
  })
  await send(`${confidentialUnreachableOrigin()}/oauth/revoke`, {
    body: new URLSearchParams({ token: 'rt_unknown', client_id: readClientFile(root, 'unreachable').client_id }),
    from: loopbackAddress(),
  })

  const needles = INSTANCES.flatMap((name) => {
    const client = readClientFile(root, name)
    // The secret, and the forms it takes on the wire: Basic credentials, a form field.
    return [client.client_secret, basicCredentials(client.client_id, client.client_secret).slice('Basic '.length), encodeURIComponent(client.client_secret)]
  })
  const builds = [join(root, 'dist'), join(process.env.NGINX_PREFIX ?? '', 'dist')].flatMap(filesUnder)
  const logs = [...INSTANCES.map((name) => join(instancePrefix(root, name), 'logs')), join(process.env.NGINX_PREFIX ?? '', 'logs')]
    .flatMap(filesUnder)
    .filter((file) => file.endsWith('.log'))
  expect(builds.some((file) => file.endsWith('.js'))).toBe(true)
  const access = readFileSync(join(instancePrefix(root, 'basic'), 'logs', 'access.log'), 'utf8')
  expect(access, 'the scan reads logs of requests the backend forwarded').toMatch(/"POST \/oauth\/token HTTP\/1\.1" 200 /)
  expect(access).toMatch(/"POST \/oauth\/revoke HTTP\/1\.1" 200 /)
  expect(readFileSync(join(instancePrefix(root, 'unreachable'), 'logs', 'error.log'), 'utf8')).toMatch(/connect\(\) failed/)

  expect(filesContaining(builds, needles), 'files of the builds holding a secret').toEqual([])
  expect(filesContaining(logs, needles), 'nginx logs holding a secret').toEqual([])
  // Positive control: the same scan finds each secret where it must be, in its oauth-client.json.
  for (const name of INSTANCES) {
    const prefix = instancePrefix(root, name)
    expect(filesContaining(filesUnder(prefix).filter((file) => !file.includes('/dist/')), [readClientFile(root, name).client_secret])).toEqual([
      join(prefix, 'oauth-client.json'),
    ])
  }
})
