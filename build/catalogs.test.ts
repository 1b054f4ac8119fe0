import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { catalogProblems, readCatalog, type Catalog } from './catalogs.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')
const catalogFile = (root: string, locale: string) => join(root, locale, 'messages.po')

const entries = (pairs: Record<string, [message: string, translation?: string]>): Catalog =>
  Object.fromEntries(Object.entries(pairs).map(([id, [message, translation]]) => [id, { message, translation }]))

describe('a catalog’s problems', () => {
  const english = entries({
    a: ['Download PDF', 'Download PDF'],
    b: ['Invoice {number}', 'Invoice {number}'],
    c: ['{count, plural, one {# invoice} other {# invoices}}', '{count, plural, one {# invoice} other {# invoices}}'],
  })

  it('are none for a complete translation with every plural form of its language', () => {
    const german = entries({ a: ['Download PDF', 'PDF herunterladen'], b: ['Invoice {number}', 'Rechnung {number}'], c: ['', '{count, plural, one {# Rechnung} other {# Rechnungen}}'] })
    expect(catalogProblems(english, german, 'de')).toEqual([])
  })

  it('name a missing message, a lost placeholder, a missing plural form, broken ICU and a stray message', () => {
    const arabic: Record<string, [string, string]> = {
      b: ['Invoice {number}', 'فاتورة'],
      c: ['', '{count, plural, one {فاتورة واحدة} other {# فواتير}}'],
      d: ['Gone', 'ذهب'],
    }
    expect(catalogProblems(english, entries(arabic), 'ar')).toEqual([
      'ar: no translation of "Download PDF"',
      'ar: the translation of "Invoice {number}" names {}, English {number}',
      'ar: the plural {count} in the translation of "{count, plural, one {# invoice} other {# invoices}}" lacks few, many, two, zero',
      'ar: "Gone" is not in the English catalog',
    ])
    expect(catalogProblems(english, entries({ ...arabic, a: ['Download PDF', 'تنزيل {count, plural, one {x}'] }), 'ar')[0]).toMatch(/^ar: the translation of "Download PDF" is not a valid ICU message/)
  })
})

describe('the portal’s catalogs', () => {
  const catalogs = join(ROOT, 'src/locales')

  it.each(['de', 'ar'])('%s has every English message, translated, with its placeholders and plural forms', async (locale) => {
    const english = await readCatalog(catalogFile(catalogs, 'en'), 'en')
    expect(catalogProblems(english, await readCatalog(catalogFile(catalogs, locale), locale), locale)).toEqual([])
  })

  it('English has every message the source has, and no other (npm run i18n:extract writes it)', async () => {
    const copy = mkdtempSync(join(ROOT, 'node_modules/.cache-catalog-check-'))
    try {
      cpSync(catalogs, copy, { recursive: true })
      await run('npx', ['lingui', 'extract', '--clean'], { cwd: ROOT, env: { ...process.env, LINGUI_CATALOG_ROOT: relative(ROOT, copy) } })
      const extracted = await readCatalog(catalogFile(copy, 'en'), 'en')
      const committed = await readCatalog(catalogFile(catalogs, 'en'), 'en')
      const messages = (catalog: Catalog) => Object.values(catalog).map((entry) => entry.message).sort()
      expect(messages(committed)).toEqual(messages(extracted))
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  }, 120_000)
})
