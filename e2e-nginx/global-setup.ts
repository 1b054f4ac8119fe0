import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { db } from '../mocks/db'
import { startHttpServer } from '../mocks/http-server'
import { workspace } from '../mocks/seed/workspace'

/*
 * The production build as it ships: `vite build` with mocking off and the API and OAuth env pointing at
 * the fake API over HTTP on 127.0.0.1 (mocks/http-server.ts), served by a real nginx with
 * deploy/nginx.conf, run as a child process with its own prefix (conf, logs, temp dirs).
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

/** A temp dir that nginx's workers (`nobody` when the master runs as root) may read. */
function readableTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

function buildDist(outDir: string, apiOrigin: string): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VITE_API_MOCKING: 'off',
    VITE_API_BASE_URL: `${apiOrigin}/v1`,
    VITE_OAUTH_AUTHORIZE_URL: `${apiOrigin}/oauth/authorize`,
    VITE_OAUTH_CLIENT_ID: CLIENT_ID,
  }
  // Token, revoke and redirect URLs take their defaults from the above, as in a real deployment.
  for (const name of ['VITE_OAUTH_TOKEN_URL', 'VITE_OAUTH_REVOKE_URL', 'VITE_OAUTH_REDIRECT_URI', 'CSP_REPORT_URI']) delete env[name]
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`)
  spawnSync('chmod', ['-R', 'a+rX', outDir])
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

export default async function globalSetup(): Promise<() => Promise<void>> {
  const emptyDist = readableTempDir('portal-api-')
  const api = await startHttpServer({ distDir: emptyDist })
  // The fake server points the logo at itself; keep the seeded asset host, which the CSP names (the
  // tests answer it with page.route, as the real asset host would).
  db.workspace.logo_url = workspace().logo_url

  const prefix = readableTempDir('portal-nginx-')
  buildDist(join(prefix, 'dist'), api.origin)
  const port = await freePort()
  renderConfig(prefix, port)

  let output = ''
  const nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  nginx.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  nginx.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const killOnExit = () => nginx.kill('SIGKILL')
  process.once('exit', killOnExit)

  const origin = `http://127.0.0.1:${port}`
  const errorLog = () => `${output}${readFileSync(join(prefix, 'logs', 'error.log'), { encoding: 'utf8', flag: 'a+' })}`
  await waitForNginx(origin, nginx, errorLog)

  process.env.NGINX_PORTAL_ORIGIN = origin
  process.env.NGINX_API_ORIGIN = api.origin
  process.env.NGINX_PREFIX = prefix

  return async () => {
    await stop(nginx)
    process.off('exit', killOnExit)
    await api.close()
    if (!process.env.KEEP_NGINX_PREFIX) rmSync(prefix, { recursive: true, force: true })
    rmSync(emptyDist, { recursive: true, force: true })
  }
}
