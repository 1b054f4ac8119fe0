import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { db } from '../mocks/db'
import { startHttpServer } from '../mocks/http-server'
import { workspace } from '../mocks/seed/workspace'
import {
  CONFIDENTIAL_ACCESS_TTL_SECONDS,
  CONFIDENTIAL_CLIENT_ID,
  CONFIDENTIAL_POST_CLIENT_ID,
  INSTANCES,
  instancePrefix,
  renderConfidentialInstance,
  type InstanceName,
  type OAuthClientFile,
} from './confidential-setup'

/*
 * The production build as it ships: `vite build` with mocking off and the API and OAuth env pointing at
 * the fake API over HTTP on 127.0.0.1 (mocks/http-server.ts), served by a real nginx with
 * deploy/nginx.conf, run as a child process with its own prefix (conf, logs, temp dirs).
 *
 * And the confidential client (e2e-nginx/confidential-setup.ts): a second build whose token and
 * revocation URLs are the portal's own /oauth/token and /oauth/revoke, behind nginx with
 * deploy/nginx-confidential.conf and the token-mediating backend, in front of a second fake server that
 * requires a client secret. The two builds run side by side.
 */

const ROOT = join(import.meta.dirname, '..')
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const CLIENT_ID = 'nextoria-portal-nginx-test'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** `count` different free ports. */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>()
  while (ports.size < count) ports.add(await freePort())
  return [...ports]
}

/** A temp dir that nginx's workers (`nobody` when the master runs as root) may read. */
function readableTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

/**
 * `vite build` into `outDir` with mocking off, the API and sign-in on the fake at `apiOrigin`, and
 * `env` on top. Token, revoke and redirect URLs take their defaults unless `env` sets them.
 */
function buildDist(outDir: string, apiOrigin: string, clientId: string, extra: Record<string, string> = {}): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VITE_API_MOCKING: 'off',
    VITE_API_BASE_URL: `${apiOrigin}/v1`,
    VITE_OAUTH_AUTHORIZE_URL: `${apiOrigin}/oauth/authorize`,
    VITE_OAUTH_CLIENT_ID: clientId,
  }
  for (const name of ['VITE_OAUTH_TOKEN_URL', 'VITE_OAUTH_REVOKE_URL', 'VITE_OAUTH_REDIRECT_URI', 'CSP_REPORT_URI']) delete env[name]
  Object.assign(env, extra)
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const build = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((done, fail) => {
    build.once('error', fail)
    build.once('close', (code) => {
      if (code !== 0) return fail(new Error(`vite build failed:\n${output}`))
      spawnSync('chmod', ['-R', 'a+rX', outDir])
      done()
    })
  })
}

/** deploy/nginx.conf as is, but for its listen line: this test's port, on loopback only. */
function renderConfig(prefix: string, port: number): void {
  const conf = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
  const listen = /^(\s*)listen 8080;$/m
  if (!listen.test(conf)) throw new Error('deploy/nginx.conf has no `listen 8080;` line for the test to replace')
  writeFileSync(join(prefix, 'nginx.conf'), conf.replace(listen, `$1listen 127.0.0.1:${port};`))
  mkdirSync(join(prefix, 'logs'))
  mkdirSync(join(prefix, 'tmp'))
}

type Nginx = { origin: string; child: ChildProcess; stop: () => Promise<void> }

/** nginx with `prefix`/nginx.conf, in the foreground, answering at `port` once this resolves. */
async function startNginx(prefix: string, port: number): Promise<Nginx> {
  let output = ''
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const origin = `http://127.0.0.1:${port}`
  const errorLog = () => `${output}${readFileSync(join(prefix, 'logs', 'error.log'), { encoding: 'utf8', flag: 'a+' })}`
  const nginx = {
    origin,
    child,
    stop: async () => {
      await stop(child)
      process.off('exit', killOnExit)
    },
  }
  try {
    await waitForNginx(origin, child, errorLog)
  } catch (error) {
    await nginx.stop()
    throw error
  }
  return nginx
}

async function waitForNginx(origin: string, nginx: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}:\n${output()}`)
    const status = await new Promise<number>((settle) => {
      get(`${origin}/`, (response) => settle(response.resume().statusCode ?? 0)).on('error', () => settle(0))
    })
    if (status === 200) return
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`nginx did not answer at ${origin}:\n${output()}`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    // SIGQUIT: graceful shutdown of the master and its workers.
    child.kill('SIGQUIT')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })
}

/** A secret as Nextoria might issue one: random for every run, so a test can look for it anywhere. */
const newSecret = () => randomBytes(24).toString('base64url')

export default async function globalSetup(): Promise<() => Promise<void>> {
  const emptyDist = readableTempDir('portal-api-')
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(emptyDist, { recursive: true, force: true })]
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
  try {
    const api = await startHttpServer({ distDir: emptyDist })
    cleanups.push(() => api.close())

    const basicClient = { clientId: CONFIDENTIAL_CLIENT_ID, clientSecret: newSecret(), auth: 'basic' as const }
    const postClient = { clientId: CONFIDENTIAL_POST_CLIENT_ID, clientSecret: newSecret(), auth: 'post' as const }
    const secretApi = await startHttpServer({
      distDir: emptyDist,
      confidentialClients: [basicClient, postClient],
      accessTtlSeconds: CONFIDENTIAL_ACCESS_TTL_SECONDS,
      testEndpoints: true,
    })
    cleanups.push(() => secretApi.close())
    // The fake servers point the logo at themselves (both share one db); keep the seeded asset host,
    // which the CSP names (the tests answer it with page.route, as the real asset host would).
    db.workspace.logo_url = workspace().logo_url

    const prefix = readableTempDir('portal-nginx-')
    const confidentialRoot = readableTempDir('portal-nginx-confidential-')
    if (!process.env.KEEP_NGINX_PREFIX) {
      cleanups.push(() => rmSync(prefix, { recursive: true, force: true }))
      cleanups.push(() => rmSync(confidentialRoot, { recursive: true, force: true }))
    }
    // Nothing of the secrets is in either build's env: they are made above and kept in variables.
    await Promise.all([
      buildDist(join(prefix, 'dist'), api.origin, CLIENT_ID),
      buildDist(join(confidentialRoot, 'dist'), secretApi.origin, CONFIDENTIAL_CLIENT_ID, {
        VITE_OAUTH_TOKEN_URL: '/oauth/token',
        VITE_OAUTH_REVOKE_URL: '/oauth/revoke',
      }),
    ])

    // One port for each nginx, and one nobody listens on: the unreachable instance's Nextoria.
    const [port, basicPort, postPort, unreachablePort, nowherePort] = (await freePorts(5)) as [number, number, number, number, number]
    renderConfig(prefix, port)
    const ports: Record<InstanceName, number> = { basic: basicPort, post: postPort, unreachable: unreachablePort }
    const nowhere = `http://127.0.0.1:${nowherePort}`
    const clientFile = (name: InstanceName, client: typeof basicClient | typeof postClient): OAuthClientFile => ({
      client_id: client.clientId,
      redirect_uri: `http://127.0.0.1:${ports[name]}/auth/callback`,
      token_endpoint_auth_method: client.auth === 'basic' ? 'client_secret_basic' : 'client_secret_post',
      client_secret: client.clientSecret,
    })
    renderConfidentialInstance(confidentialRoot, 'basic', ports.basic, secretApi.origin, clientFile('basic', basicClient))
    renderConfidentialInstance(confidentialRoot, 'post', ports.post, secretApi.origin, clientFile('post', postClient))
    renderConfidentialInstance(confidentialRoot, 'unreachable', ports.unreachable, nowhere, clientFile('unreachable', basicClient))

    const started = await Promise.allSettled([
      startNginx(prefix, port),
      ...INSTANCES.map((name) => startNginx(instancePrefix(confidentialRoot, name), ports[name])),
    ])
    for (const result of started) if (result.status === 'fulfilled') cleanups.push(() => result.value.stop())
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    const [nginx, basic, post, unreachable] = started.map((result) => (result as PromiseFulfilledResult<Nginx>).value) as [Nginx, Nginx, Nginx, Nginx]

    process.env.NGINX_PORTAL_ORIGIN = nginx.origin
    process.env.NGINX_API_ORIGIN = api.origin
    process.env.NGINX_PREFIX = prefix
    process.env.NGINX_CONFIDENTIAL_ORIGIN = basic.origin
    process.env.NGINX_CONFIDENTIAL_POST_ORIGIN = post.origin
    process.env.NGINX_CONFIDENTIAL_UNREACHABLE_ORIGIN = unreachable.origin
    process.env.NGINX_CONFIDENTIAL_API_ORIGIN = secretApi.origin
    process.env.NGINX_CONFIDENTIAL_ROOT = confidentialRoot
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
