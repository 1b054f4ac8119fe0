import { defineConfig } from '@lingui/cli'
import { formatter } from '@lingui/format-po'

/*
 * The portal's languages and where their catalogs live (`npm run i18n:extract` writes them from the
 * source's macros). English is the source: its catalog is the messages as written. The pseudo-locale
 * is made from English at run time (src/lib/i18n/pseudo-locale.ts), so it has no catalog here.
 */
// The catalogs' folder; build/catalogs.test.ts extracts into a copy elsewhere to see whether these are current.
const root = process.env.LINGUI_CATALOG_ROOT ?? 'src/locales'

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'ar'],
  catalogs: [{ path: `<rootDir>/${root}/{locale}/messages`, include: ['src'], exclude: ['**/*.test.*', 'src/test/**'] }],
  // Messages' source lines change with every edit; leaving them out keeps a catalog's diff to its words.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
})
