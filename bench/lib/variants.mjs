/*
 * Builds of the portal with some of the first-load changes switched off, so that the benchmark can
 * measure what each saves on its own. Each is a Vite plugin added to the project's own config for one
 * build (bench/lib/build.mjs); the app's code has no switch for them. They edit a few known lines of
 * the source as it is bundled and fail the build, naming the line, when one is no longer there.
 *
 *   shell     index.html's static shell (and React waiting for the first page behind it), and the
 *             entry fetched at low priority (build/first-load.ts), which only a page that paints
 *             before its JavaScript can afford
 *   early     the boot's requests before React (src/boot/early-requests.ts)
 *   preload   the first load's chunks grouped and preloaded (build/first-load.ts), and a deep link's
 *             page started by the boot (src/boot/page-code.ts); without it, the build is split as
 *             Rolldown does by itself and only the app's own chunk (and its imports) is preloaded, as
 *             when it was the entry itself: the route chunks load when the router asks
 */

/** @typedef {{ shell: boolean, early: boolean, preload: boolean }} Variant */

/** @type {Record<string, Variant>} */
export const VARIANTS = {
  all: { shell: true, early: true, preload: true },
  none: { shell: false, early: false, preload: false },
  'shell only': { shell: true, early: false, preload: false },
  'early fetch only': { shell: false, early: true, preload: false },
  'preload only': { shell: false, early: false, preload: true },
  // Early fetch's share of the whole: everything but it.
  'all but early fetch': { shell: true, early: false, preload: true },
}

/**
 * @param {string} code
 * @param {string | RegExp} from
 * @param {string} to
 * @param {string} where
 */
function replaceOnce(code, from, to, where) {
  const found = typeof from === 'string' ? code.includes(from) : from.test(code)
  if (!found) throw new Error(`bench variant: "${String(from)}" is no longer in ${where}; update bench/lib/variants.mjs`)
  return code.replace(from, to)
}

/**
 * The preload plugin's switches (build/first-load.ts), to change before the build.
 * @param {import('vite').ResolvedConfig} config
 * @returns {import('../../build/first-load.ts').PreloadChunksApi | undefined}
 */
function preloadApi(config) {
  /** @type {unknown} */
  const api = config.plugins.find((p) => p.name === 'nextoria:preload-chunks')?.api
  return /** @type {import('../../build/first-load.ts').PreloadChunksApi | undefined} */ (api)
}

/** The app chunk alone: what the entry loaded before the boot was split off it. */
const APP_ONLY = ['src/boot/start-app.tsx']

/**
 * src/boot/page-code.ts with its start of a deep link's page switched off: the page's code then loads
 * when the router asks for it, once the app has run.
 * @param {string} code
 * @param {string} id
 */
function withoutPageStart(code, id) {
  if (!id.endsWith('/src/boot/page-code.ts')) return undefined
  return replaceOnce(code, 'export function startPageCode(', 'function startPageCodeOff(', id) + '\nexport function startPageCode() {}\n'
}

/** A build whose boot does not start a deep link's page (`node bench/deep-link.mjs` compares it). */
export const pageStartOffPlugin = () => ({
  name: 'bench:page-start-off',
  enforce: /** @type {const} */ ('pre'),
  apply: /** @type {const} */ ('build'),
  /** @param {string} code @param {string} id */
  transform: (code, id) => withoutPageStart(code, id),
})

/**
 * @param {Variant} variant
 * @returns {import('vite').Plugin}
 */
export function variantPlugin(variant) {
  return {
    name: 'bench:variant',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      const api = preloadApi(config)
      if (!api) throw new Error('bench variant: the nextoria:preload-chunks plugin is not in vite.config.ts')
      if (!variant.preload) api.modules = [...APP_ONLY]
      if (!variant.shell) api.lowerEntry = false
      const chunks = config.plugins.find((p) => p.name === 'nextoria:first-load-chunks')
      /** @type {unknown} */
      const chunking = chunks?.api
      if (!chunking) throw new Error('bench variant: the nextoria:first-load-chunks plugin is not in vite.config.ts')
      if (!variant.preload) /** @type {{ enabled: boolean }} */ (chunking).enabled = false
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (variant.shell || !context.filename.endsWith('index.html')) return html
        const where = 'index.html'
        const withoutMarkup = replaceOnce(html, /<!-- shell -->[\s\S]*<!-- \/shell -->/, '', where)
        return replaceOnce(withoutMarkup, /\s*<link rel="stylesheet" href="\/src\/shell\.css" \/>/, '', where)
      },
    },
    transform(code, id) {
      if (!variant.early && id.endsWith('/src/boot/early-requests.ts')) {
        const stub = '\nexport function startEarlyRequests() { return { queryKeys: [], settled: () => Promise.resolve(), adoptInto() {} } }\n'
        return replaceOnce(code, 'export function startEarlyRequests(', 'function startEarlyRequestsOff(', id) + stub
      }
      if (!variant.preload) {
        const off = withoutPageStart(code, id)
        if (off !== undefined) return off
      }
      // Without the shell there is nothing to wait behind: React renders at once, "Loading…" first.
      if (!variant.shell && id.endsWith('/src/boot/start-app.tsx')) {
        // The language's catalog is still awaited: the page cannot render its words without it.
        const once = replaceOnce(code, '[firstNavigationDone(router), activateLocale', '[void firstNavigationDone, activateLocale', id)
        return replaceOnce(once, 'await readyForFirstCommit(queryClient, early)', 'void readyForFirstCommit', id)
      }
      return undefined
    },
  }
}

/** For the floor's builds: none of the portal's first-load chunking, nothing of it to preload, nothing lowered. */
export const floorPlugin = () => ({
  name: 'bench:floor',
  apply: /** @type {const} */ ('build'),
  /** @param {import('vite').ResolvedConfig} config */
  configResolved(config) {
    const api = preloadApi(config)
    // Vite's own tags as they are: the floor paints only once its script has run.
    if (api) {
      api.modules = []
      api.lowerEntry = false
    }
    /** @type {unknown} */
    const chunking = config.plugins.find((p) => p.name === 'nextoria:first-load-chunks')?.api
    if (chunking) /** @type {{ enabled: boolean }} */ (chunking).enabled = false
  },
})
