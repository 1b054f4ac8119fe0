import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/*
 * The confidential-client set-up of the nginx test, as a deployment would lay it out: under one root,
 * the production build (`dist/`, built once with VITE_OAUTH_TOKEN_URL=/oauth/token and
 * VITE_OAUTH_REVOKE_URL=/oauth/revoke) and one nginx prefix per instance, each with
 * deploy/nginx-confidential.conf as nginx.conf, deploy/oauth-backend.{conf,js} and its own
 * oauth-client.json (the registration, with a secret made for this run):
 *
 *   basic        client_secret_basic, upstream: the fake authorization server requiring a secret
 *   post         client_secret_post, the same upstream (tested over HTTP only)
 *   unreachable  client_secret_basic, upstream: a port nobody listens on
 *
 * The secrets exist only in the fake server's memory and in each oauth-client.json (mode 0600): never
 * in the build's env, nginx's env or the tests' env. Tests read them from the file to look for them.
 */

const ROOT = join(import.meta.dirname, '..')

export const CONFIDENTIAL_CLIENT_ID = 'nextoria-portal-nginx-confidential'
export const CONFIDENTIAL_POST_CLIENT_ID = 'nextoria-portal-nginx-confidential-post'
/** The confidential fake's access tokens live this long, so a test sees one expire and be refreshed. */
export const CONFIDENTIAL_ACCESS_TTL_SECONDS = 3

export const INSTANCES = ['basic', 'post', 'unreachable'] as const
export type InstanceName = (typeof INSTANCES)[number]

/** What deploy/oauth-backend.js reads from oauth-client.json. */
export type OAuthClientFile = {
  client_id: string
  redirect_uri: string
  token_endpoint_auth_method: 'client_secret_basic' | 'client_secret_post'
  client_secret: string
}

export const instancePrefix = (root: string, name: InstanceName) => join(root, name)

export function readClientFile(root: string, name: InstanceName): OAuthClientFile {
  return JSON.parse(readFileSync(join(instancePrefix(root, name), 'oauth-client.json'), 'utf8')) as OAuthClientFile
}

/** `text` with `from` replaced by `to`, which must occur exactly once (else the deploy file changed shape). */
function replaceOnce(text: string, from: string | RegExp, to: string, what: string): string {
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags}g`)) ?? []).length
  if (count !== 1) throw new Error(`${what}: expected exactly one ${String(from)}, found ${count}`)
  return text.replace(from, to)
}

/**
 * One nginx prefix: deploy/nginx-confidential.conf as nginx.conf (listening on this test's port, on
 * loopback only), deploy/oauth-backend.conf with Nextoria's two endpoints pointed at `upstreamOrigin`,
 * deploy/oauth-backend.js as is, `client` as oauth-client.json, and the shared build as dist/.
 */
export function renderConfidentialInstance(root: string, name: InstanceName, port: number, upstreamOrigin: string, client: OAuthClientFile): void {
  const prefix = instancePrefix(root, name)
  mkdirSync(join(prefix, 'logs'), { recursive: true })
  mkdirSync(join(prefix, 'tmp'))
  symlinkSync(join(root, 'dist'), join(prefix, 'dist'))

  let conf = readFileSync(join(ROOT, 'deploy', 'nginx-confidential.conf'), 'utf8')
  conf = replaceOnce(conf, /^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`, 'deploy/nginx-confidential.conf')
  // Another build of njs (NGINX_JS_MODULE, as NGINX_PATH for nginx itself), else Debian's.
  const module = process.env.NGINX_JS_MODULE
  if (module) conf = replaceOnce(conf, /^load_module \S+;$/m, `load_module ${module};`, 'deploy/nginx-confidential.conf')
  writeFileSync(join(prefix, 'nginx.conf'), conf)

  let backend = readFileSync(join(ROOT, 'deploy', 'oauth-backend.conf'), 'utf8')
  for (const endpoint of ['token', 'revoke']) {
    const from = `proxy_pass https://api.nextoriahub.com/v1/oauth/${endpoint};`
    backend = replaceOnce(backend, from, `proxy_pass ${upstreamOrigin}/v1/oauth/${endpoint};`, 'deploy/oauth-backend.conf')
  }
  writeFileSync(join(prefix, 'oauth-backend.conf'), backend)
  copyFileSync(join(ROOT, 'deploy', 'oauth-backend.js'), join(prefix, 'oauth-backend.js'))
  // Read by nginx's master process at start: nobody else (not even its workers) needs to read it.
  writeFileSync(join(prefix, 'oauth-client.json'), `${JSON.stringify(client, null, 2)}\n`, { mode: 0o600 })
}

/** The lines between `# >>> confidential client` and `# <<< confidential client`, and those markers, removed. */
export function withoutConfidentialBlocks(conf: string): string {
  return conf.replace(/^[ \t]*# >>> confidential client\n[\s\S]*?^[ \t]*# <<< confidential client\n/gm, '')
}

/** Runs of blank lines as one: where a marked block stood, a blank line may stay. */
export const collapseBlankLines = (conf: string) => conf.replace(/\n{3,}/g, '\n\n')
