import { relative, resolve } from 'node:path'
import { type HtmlTagDescriptor, type IndexHtmlTransformContext, parseSync, type Plugin, type Rollup } from 'vite'

/*
 * What the first load of a page needs from the build: an entry small enough to run early (src/main.tsx
 * sends the page's requests before React has loaded), and every chunk a deep link needs requested at
 * once by index.html, rather than each one only when the chunk before it has run.
 */

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null

/**
 * A module's static imports as its code uses them: `imports` are what its own body needs whenever it is
 * loaded; `reexports` (`export { a as b } from`, `export * from`) are needed only when an importer asks
 * for that name. `'*'` is a namespace (`import * as`, `export * as`); `exported: '*'` is `export *`.
 */
export type ModuleEdges = {
  imports: { id: string; names: string[] }[]
  reexports: { id: string; exported: string; imported: string }[]
}

type EdgesOf = (id: string) => ModuleEdges | undefined

/**
 * Every module `from` reaches through static imports, itself included, following a re-export only when
 * a name it re-exports is imported. A feature's `index.ts` re-exports every page's components; walking
 * all of them would put other pages' components into the first load's chunk. Modules with no recorded
 * edges (stylesheets) and imports the edges do not name are followed whole.
 */
export function staticallyReached(from: string[], infoOf: ModuleInfoOf, edgesOf: EdgesOf = () => undefined): Set<string> {
  const seen = new Set<string>()
  const asked = new Set<string>()
  const reach = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    const edges = edgesOf(id)
    const reexported = new Set(edges?.reexports.map((edge) => edge.id))
    const imported = new Map<string, string[]>()
    for (const { id: next, names } of edges?.imports ?? []) imported.set(next, [...(imported.get(next) ?? []), ...names])
    // An import the edges do not name (one a later transform added, a CommonJS require) is followed whole.
    for (const next of infoOf(id)?.importedIds ?? []) {
      const names = imported.get(next)
      if (names) {
        reach(next)
        for (const name of names) ask(next, name)
      } else if (!reexported.has(next)) ask(next, '*')
    }
  }
  /** `name` of module `id` is used: the module, and whatever that name is re-exported from. */
  const ask = (id: string, name: string) => {
    if (asked.has(`${id}\0*`) || asked.has(`${id}\0${name}`)) return
    asked.add(`${id}\0${name}`)
    reach(id)
    for (const { id: next, exported, imported } of edgesOf(id)?.reexports ?? []) {
      if (exported === '*') {
        if (name !== 'default') ask(next, name)
      } else if (name === '*' || name === exported) ask(next, imported)
    }
  }
  for (const id of from) ask(id, '*')
  return seen
}

/** What a module imports and re-exports, by name, from its (transformed) code; `resolve` finds each id. */
export async function moduleEdges(code: string, resolve: (source: string) => Promise<string | null>): Promise<ModuleEdges> {
  const { module } = parseSync('module.js', code, { lang: 'js', sourceType: 'module' })
  const edges: ModuleEdges = { imports: [], reexports: [] }
  for (const statement of module.staticImports) {
    const id = await resolve(statement.moduleRequest.value)
    if (!id) continue
    const names = statement.entries.filter((entry) => !entry.isType).map(({ importName }) => (importName.kind === 'NamespaceObject' ? '*' : importName.kind === 'Default' ? 'default' : importName.name!))
    edges.imports.push({ id, names })
  }
  for (const statement of module.staticExports) {
    for (const entry of statement.entries) {
      if (!entry.moduleRequest || entry.isType) continue
      const id = await resolve(entry.moduleRequest.value)
      if (!id) continue
      const imported = entry.importName.kind === 'Name' ? entry.importName.name! : '*'
      const exported = entry.exportName.kind === 'None' ? '*' : (entry.exportName.name ?? 'default')
      edges.reexports.push({ id, exported, imported })
    }
  }
  return edges
}

/**
 * React DOM and its scheduler, about half of what the first load's `app` weighed (63 of 127 kB gzip),
 * go in a chunk of their own, preloaded beside it. Over HTTP/1.1 the two download on two connections,
 * so the page's API requests, which leave meanwhile, take a smaller share of the bandwidth from them
 * (in Lighthouse's simulation: LCP 2256 → 2124 ms, medians of 5 runs each, taken in turn); and a
 * release that changes only the portal's code leaves this file cached.
 */
export const REACT_DOM = /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/

/** What goes into the `app` chunk: the app itself and the route modules a signed-in first load renders. */
export type AppChunk = { app: string; routes: string[] }

/**
 * Each file a first load needs is one more request, and over HTTP/1.1 (six connections) one more round
 * trip in six: Rolldown's automatic splitting made some twenty small shared chunks of the graph. Here
 * they are three: `boot`, what the entry itself runs (Rolldown's `$initial`: statically imported by the
 * entry, after tree-shaking: the session, the API client, the query factories), and `app`, the app
 * module (which the entry imports once it has sent its requests) with everything it and the given
 * routes import (React, the router, React Query, the frame's and the overview's components), the
 * routes' own modules included: the router's `import()` of one then finds it loaded; and React DOM
 * beside it (`REACT_DOM`). Each small file in flight beside these slows them, as the bandwidth is
 * shared. Pages loaded later, the sign-in page among them, are split as before, so the overview does
 * not carry what only signing in needs.
 */
export function firstLoadChunks({ app, routes }: AppChunk, entry = 'src/main.tsx'): Plugin & { api: { enabled: boolean } } {
  let root = ''
  // Another plugin may switch it off before the build (the benchmark's variants do).
  const api = { enabled: true }
  const edges = new Map<string, ModuleEdges>()
  const edgesOf = (id: string) => edges.get(id)
  return {
    name: 'nextoria:first-load-chunks',
    apply: 'build',
    api,
    configResolved(config) {
      root = config.root
    },
    async transform(code, id) {
      // After Vite's own transforms: plain JavaScript, type-only imports gone.
      if (!api.enabled || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!)) return
      edges.set(id, await moduleEdges(code, async (source) => (await this.resolve(source, id))?.id ?? null))
    },
    outputOptions(options) {
      if (!api.enabled) return options
      const routeIds = routes.map((source) => resolve(root, source))
      let reached: { boot: Set<string>; app: Set<string> } | null = null
      const chunkOf = (id: string, infoOf: ModuleInfoOf) => {
        if (!reached) {
          const start = resolve(root, entry)
          const boot = staticallyReached([start], infoOf, edgesOf)
          // The entry itself stays the entry chunk, which the group's modules then join or sit beside.
          boot.delete(start)
          reached = { boot, app: staticallyReached([resolve(root, app), ...routeIds], infoOf, edgesOf) }
        }
        // Stylesheets stay with the entry's own (one render-blocking file); the boot group takes what it
        // captures first (priority), so `app` has the rest.
        return { boot: reached.boot.has(id) && !id.endsWith('.css'), app: reached.app.has(id) }
      }
      const infoFrom = (context: { getModuleInfo: ModuleInfoOf }) => (moduleId: string) => context.getModuleInfo(moduleId)
      return {
        ...options,
        codeSplitting: {
          groups: [
            // `$initial` alone would also take in what other pages' entries run (a build on the fake API
            // has its sign-in and checkout pages), so only what the portal's entry reaches.
            { name: (id, context) => (chunkOf(id, infoFrom(context)).boot ? 'boot' : null), debugName: 'boot', tags: ['$initial'], priority: 2 },
            // React DOM, the largest part of `app`, as a file of its own beside it (see `REACT_DOM`).
            { name: (id, context) => (chunkOf(id, infoFrom(context)).app && REACT_DOM.test(id) ? 'react-dom' : null), debugName: 'react-dom', priority: 1.5 },
            { name: (id, context) => (chunkOf(id, infoFrom(context)).app ? 'app' : null), debugName: 'app', priority: 1 },
          ],
        },
      }
    },
  }
}

type Bundle = Rollup.OutputBundle
type Chunk = Rollup.OutputChunk

/** The chunk that holds the module at `source` (relative to the root): its own, or the group it joined. */
function chunkOf(bundle: Bundle, root: string, source: string): Chunk | undefined {
  const chunks = Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk')
  const isSource = (id: string | null) => !!id && relative(root, id) === source
  return chunks.find((chunk) => isSource(chunk.facadeModuleId)) ?? chunks.find((chunk) => chunk.moduleIds.some(isSource))
}

/** Every file a chunk needs before it runs: its own, its static imports', and their stylesheets. */
function staticClosure(bundle: Bundle, chunk: Chunk, files: Set<string>, css: Set<string>): void {
  if (files.has(chunk.fileName)) return
  files.add(chunk.fileName)
  for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file)
  for (const imported of chunk.imports) {
    const next = bundle[imported]
    if (next?.type === 'chunk') staticClosure(bundle, next, files, css)
  }
}

/**
 * Over HTTP/1.1 a page has six connections, and the requests the HTML names first take them first: one
 * named later waits for one to come free, about a round trip. The largest chunks take longest, so they
 * are asked for first; a small one waits instead (Rolldown's runtime, which the app's chunks need only
 * when they run, once all of them have arrived). With the sign-in page no longer preloaded, in
 * Lighthouse's simulation: LCP 2120–2123 → 2053–2074 ms, medians of 4 runs, two rounds of the builds in
 * turn (README, Performance).
 */
function largestFirst(bundle: Bundle): (a: string, b: string) => number {
  const size = (file: string) => {
    const output = bundle[file]
    return output?.type === 'chunk' ? output.code.length : 0
  }
  return (a, b) => size(b) - size(a)
}

/**
 * The `<link>`s that request, beside the entry, every chunk the given modules need (modulepreload, the
 * largest first) and their stylesheets (preload as style: fetched at once, applied when the chunk runs,
 * never holding up the first paint). What the HTML already links (the entry and its own imports) is
 * left out. Throws for a module that has no chunk of its own, so a renamed route cannot silently stop
 * being preloaded.
 */
export function preloadTags(bundle: Bundle, root: string, base: string, modules: string[], html: string): HtmlTagDescriptor[] {
  const files = new Set<string>()
  const css = new Set<string>()
  for (const source of modules) {
    const chunk = chunkOf(bundle, root, source)
    if (!chunk) throw new Error(`nextoria:preload-chunks: no chunk for ${source}; is it still imported dynamically?`)
    staticClosure(bundle, chunk, files, css)
  }
  const linked = (file: string) => html.includes(`"${base}${file}"`)
  const tag = (rel: string, file: string, as?: string): HtmlTagDescriptor => ({
    tag: 'link',
    // crossorigin as Vite links its own, so the module map (and the stylesheet cache) match what the
    // page imports later. Low priority: they are for after the first paint, which needs only the HTML
    // and its stylesheet, and the boot's entry, which sends the requests; over HTTP/1.1 the browser then
    // holds them back while those load instead of splitting the bandwidth six ways.
    attrs: { rel, ...(as ? { as } : {}), fetchpriority: 'low', crossorigin: true, href: `${base}${file}` },
    injectTo: 'head',
  })
  return [
    ...[...files].filter((file) => !linked(file)).sort(largestFirst(bundle)).map((file) => tag('modulepreload', file)),
    ...[...css].filter((file) => !linked(file)).map((file) => tag('preload', file, 'style')),
  ]
}

/**
 * The entry's `<script>` and the modulepreloads Vite writes for its own imports, fetched at low priority
 * like the chunks above. A module script never holds up the first paint (it runs once the page is
 * parsed), yet Chrome asks for it at high priority, sharing the bandwidth with the stylesheet the shell
 * waits for; and Lighthouse counts a high-priority script that loaded before the first paint as
 * blocking it, so the shell's FCP was taken as waiting for the boot's 15 kB. Throws when Vite no longer
 * writes the tags this looks for, so the build cannot silently lose it.
 */
export function entryAtLowPriority(html: string): string {
  const entry = /<script type="module" crossorigin src=/g
  if ((html.match(entry) ?? []).length !== 1) throw new Error('nextoria:preload-chunks: found no single entry <script type="module" crossorigin src=…> to lower')
  return html
    .replace(entry, '<script type="module" fetchpriority="low" crossorigin src=')
    .replace(/<link rel="modulepreload" crossorigin href=/g, '<link rel="modulepreload" fetchpriority="low" crossorigin href=')
}

export type PreloadChunksApi = {
  /** The modules whose chunks are preloaded (source paths from the project root). */
  modules: string[]
  /** Whether the entry's own requests are lowered; only a page with a static shell paints without them. */
  lowerEntry: boolean
}

/**
 * Writes into the built index.html a modulepreload for each chunk (and a preload for each stylesheet)
 * the given modules need, and lowers the entry's own requests (`entryAtLowPriority`). Under the CSP these are plain same-origin requests (`script-src 'self'`).
 * `api.modules` may be changed by another plugin before the build (the benchmark's variants do).
 */
export function preloadChunks(modules: string[]): Plugin & { api: PreloadChunksApi } {
  const api: PreloadChunksApi = { modules: [...modules], lowerEntry: true }
  let root = ''
  let base = '/'
  return {
    name: 'nextoria:preload-chunks',
    apply: 'build',
    api,
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html: string, context: IndexHtmlTransformContext) {
        // Only the portal's own page; the fake API's sign-in and checkout pages have other entries.
        if (!context.bundle || relative(root, context.filename) !== 'index.html') return []
        const tags = preloadTags(context.bundle, root, base, api.modules, html)
        return { html: api.lowerEntry ? entryAtLowPriority(html) : html, tags }
      },
    },
  }
}

/** The app proper, which the small entry (src/main.tsx) imports once it has sent the page's requests. */
export const APP_MODULE = 'src/boot/start-app.tsx'

/** The route modules a signed-in first load renders: the frame and the overview (where reloads and sign-ins land). */
export const SIGNED_IN_FIRST_ROUTES = ['src/app/routes/root-layout.tsx', 'src/app/routes/overview.tsx']

/**
 * What a first load needs before anything else, all preloaded: the app, the frame and the overview. The
 * sign-in page is not among them: the boot starts its code when the tab has no session
 * (src/boot/page-code.ts), so the overview's reload does not share its bandwidth with it.
 */
export const FIRST_LOAD_MODULES = [APP_MODULE, ...SIGNED_IN_FIRST_ROUTES]
