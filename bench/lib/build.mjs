import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import { build } from 'vite'
import { figure, readJson, ROOT } from './results.mjs'

/**
 * @typedef {import('vite').Manifest} Manifest
 * @typedef {import('./results.mjs').JsSize} JsSize
 */

const CONFIG_FILE = join(ROOT, 'vite.config.ts')

/** The lazy route modules that make up a page, as named in the route table (src/app/routes.tsx). */
export const ROUTE_MODULES = {
  signIn: ['src/app/routes/sign-in.tsx'],
  overview: ['src/app/routes/root-layout.tsx', 'src/app/routes/overview.tsx'],
}

/**
 * The environment of a build served by the benchmark's server at `origin`: its API, its authorization
 * server and the benchmark's client id.
 * @param {string} origin
 */
export const servedBuildEnv = (origin) => ({
  VITE_API_BASE_URL: `${origin}/v1`,
  VITE_OAUTH_AUTHORIZE_URL: `${origin}/oauth/authorize`,
  VITE_OAUTH_TOKEN_URL: `${origin}/v1/oauth/token`,
  VITE_OAUTH_REVOKE_URL: `${origin}/v1/oauth/revoke`,
  VITE_OAUTH_CLIENT_ID: 'bench',
})

/**
 * A production build with the project's own vite.config.ts (same React plugin and settings), the
 * manifest switched on, and only the environment given: `envDir` points at an empty folder so a
 * developer's .env.local cannot change what is measured, and mocking is off unless `env` says so.
 * `plugins` are added to the config's own (the benchmark's variants, bench/lib/variants.mjs); `base`
 * is the public path the build is served from (the floor is served under /floor/).
 * @param {{ root: string, outDir: string, emptyEnvDir: string, env?: Record<string, string>, plugins?: import('vite').PluginOption[], base?: string }} options
 */
export async function viteBuild({ root, outDir, emptyEnvDir, env = {}, plugins = [], base = '/' }) {
  mkdirSync(emptyEnvDir, { recursive: true })
  const vars = { VITE_API_MOCKING: '', ...env }
  /** @type {Record<string, string | undefined>} */
  const saved = {}
  for (const [key, value] of Object.entries(vars)) {
    saved[key] = process.env[key]
    process.env[key] = value
  }
  try {
    await build({
      configFile: CONFIG_FILE,
      root,
      mode: 'production',
      envDir: emptyEnvDir,
      base,
      plugins,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return /** @type {Manifest} */ (readJson(join(outDir, '.vite/manifest.json')))
}

/**
 * The entry chunk and its static imports, what the entry imports dynamically as soon as it has run
 * (the app, src/boot/start-app.tsx, once the boot has sent its requests; a production build has no
 * other), and the given lazy modules with their static imports: what the browser must load before the
 * route renders. A lazy module the manifest does not name has no chunk of its own: build/first-load.ts
 * put it in the `app` chunk, already counted (and that build fails when a preloaded route is in no
 * chunk at all).
 * @param {Manifest} manifest
 * @param {string[]} lazyModules manifest keys (source paths) of the route's lazy chunks
 * @returns {string[]} output files, .js only, in load order
 */
export function initialJsFiles(manifest, lazyModules) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`)
  const [entryKey, entry] = /** @type {[string, import('vite').ManifestChunk]} */ (entries[0])
  const start = [entryKey, ...(entry.dynamicImports ?? []), ...lazyModules.filter((key) => key in manifest)]
  /** @type {Set<string>} */
  const seen = new Set()
  /** @param {string} key */
  const visit = (key) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`"${key}" is not in the build manifest: has the route table changed? (bench/lib/build.mjs)`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  start.forEach(visit)
  return [...seen].map((key) => /** @type {import('vite').ManifestChunk} */ (manifest[key]).file).filter((file) => file.endsWith('.js'))
}

/** Every JavaScript file the build emitted. */
/** @param {Manifest} manifest */
export const allJsFiles = (manifest) => [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((f) => f.endsWith('.js'))

/**
 * Bytes on disk and compressed one file at a time, as a server sends them: gzip level 9 and brotli
 * quality 11 (node:zlib), summed.
 * @param {string} outDir
 * @param {string[]} files
 * @returns {JsSize}
 */
export function measureFiles(outDir, files) {
  let raw = 0
  let gzip = 0
  let brotli = 0
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
    brotli += brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length
  }
  return { raw: figure(raw, 'bytes'), gzip: figure(gzip, 'bytes'), brotli: figure(brotli, 'bytes'), files }
}

/**
 * Fails when a build that must run without mocks carries them (src/test/production-build.test.ts
 * proves it for `npm run build`; this guards the bench's own build of the same code).
 * @param {string} outDir
 */
export function assertNoMockCode(outDir) {
  /** @param {string} dir @returns {string[]} */
  const filesUnder = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? filesUnder(path) : [path]
    })
  for (const file of filesUnder(outDir)) {
    if (!/\.(js|html)$/.test(file)) continue
    const text = readFileSync(file, 'utf8')
    const marker = [/mockServiceWorker/, /setupWorker/, /\bmsw\b/i].find((re) => re.test(text))
    if (marker) throw new Error(`the benchmark's build contains mock code (${String(marker)} in ${file})`)
  }
}
