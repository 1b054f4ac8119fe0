import { join } from 'node:path'
import { allJsFiles, initialJsFiles, measureFiles, ROUTE_MODULES, viteBuild } from './build.mjs'
import { BENCH_DIR, figure, measuredNow, ROOT } from './results.mjs'
import { floorPlugin } from './variants.mjs'

/** @typedef {import('./results.mjs').SizeResults} SizeResults */

export const SIZE_METHOD =
  'Production builds (mode production, mocking off, no .env files) of the portal and of bench/floor with the ' +
  "project's vite.config.ts and build.manifest on. Initial JS of a route = the entry chunk and its static imports " +
  '(what index.html loads) plus the static import closure of the lazy chunks loaded before the page renders: what ' +
  'the entry imports dynamically (the app, boot/start-app.tsx, once the small entry has sent its requests) and the ' +
  'route chunks React Router loads: sign-in page = routes/sign-in.tsx; overview = routes/root-layout.tsx + routes/overview.tsx. Total = ' +
  "every .js file the build emits. The floor has no lazy chunks: its entry's closure. Each file is compressed on " +
  'its own (gzip level 9, brotli quality 11, node:zlib) and the sizes are summed; CSS is not counted. ' +
  "English's catalog is inside the initial JS; each other language's catalog is its own chunk (src/locales/<locale>/messages.po), " +
  'fetched only when that language is spoken, and measured alone.'

/** The languages whose catalogs load on demand (src/lib/i18n/catalog-loaders.ts). */
const LAZY_CATALOGS = ['de', 'ar']

/**
 * Builds the portal and the floor app and measures their initial JavaScript.
 * @param {string} tmp a scratch folder outside the project (ESLint would lint build output inside it)
 * @param {string} command
 * @returns {Promise<SizeResults>}
 */
export async function measureSizes(tmp, command) {
  const emptyEnvDir = join(tmp, 'no-env')
  const appDir = join(tmp, 'size-app')
  const floorDir = join(tmp, 'size-floor')

  const app = await viteBuild({ root: ROOT, outDir: appDir, emptyEnvDir })
  const floor = await viteBuild({ root: join(BENCH_DIR, 'floor'), outDir: floorDir, emptyEnvDir, plugins: [floorPlugin()] })

  const signIn = measureFiles(appDir, initialJsFiles(app, ROUTE_MODULES.signIn))
  const overview = measureFiles(appDir, initialJsFiles(app, ROUTE_MODULES.overview))
  const total = measureFiles(appDir, allJsFiles(app))
  const floorInitial = measureFiles(floorDir, initialJsFiles(floor, []))
  const catalogs = Object.fromEntries(
    LAZY_CATALOGS.map((locale) => {
      const key = `src/locales/${locale}/messages.po`
      const chunk = app[key]
      if (!chunk) throw new Error(`"${key}" is not in the build manifest: is the catalog still imported on demand? (src/lib/i18n/catalog-loaders.ts)`)
      if (overview.files.includes(chunk.file)) throw new Error(`the ${locale} catalog is in the overview's initial JS`)
      return [locale, measureFiles(appDir, [chunk.file])]
    }),
  )

  /** @param {'raw' | 'gzip' | 'brotli'} kind */
  const ratio = (kind) => figure(Math.round((overview[kind].value / floorInitial[kind].value) * 1000) / 1000, 'ratio (overview ÷ floor)')

  return {
    measured: measuredNow(command),
    method: SIZE_METHOD,
    signIn,
    overview,
    total,
    floor: floorInitial,
    overviewToFloor: { raw: ratio('raw'), gzip: ratio('gzip'), brotli: ratio('brotli') },
    catalogs,
  }
}
