import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatter } from '@lingui/format-po'

/*
 * The browser tests in German and Arabic find the page's elements by the words the catalogs give
 * them, read from src/locales, so a test says `tr('de', 'Download PDF')` and never repeats a
 * translation of its own (a catalog that changes a word changes the test with it).
 */

export type TestLocale = 'de' | 'ar'

const catalogs = new Map<TestLocale, Map<string, string>>()

async function catalog(locale: TestLocale): Promise<Map<string, string>> {
  let found = catalogs.get(locale)
  if (!found) {
    const file = join(import.meta.dirname, '..', 'src', 'locales', locale, 'messages.po')
    const entries = await formatter({ lineNumbers: false }).parse(readFileSync(file, 'utf8'), { locale, sourceLocale: 'en', filename: file })
    found = new Map(Object.values(entries).map((entry) => [entry.message ?? '', entry.translation ?? '']))
    catalogs.set(locale, found)
  }
  return found
}

/** The translation of an English message (as written in the source), its `{placeholders}` filled in. */
export async function tr(locale: TestLocale, english: string, values: Record<string, string> = {}): Promise<string> {
  const translation = (await catalog(locale)).get(english)
  if (!translation) throw new Error(`no ${locale} translation of "${english}" in src/locales/${locale}/messages.po`)
  // An element inside a message (`<0>…</0>`) is only its text to a locator.
  return translation.replace(/<\/?\d+\/?>/g, '').replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The translation as a pattern: each placeholder and each element without text (`<0/>`) matches any text. */
export async function trPattern(locale: TestLocale, english: string): Promise<RegExp> {
  const translation = (await catalog(locale)).get(english)
  if (!translation) throw new Error(`no ${locale} translation of "${english}" in src/locales/${locale}/messages.po`)
  const parts = translation.replace(/<\/?\d+>/g, '').split(/\{\w+\}|<\d+\/>/)
  return new RegExp(`^${parts.map((part) => escape(part.trim())).join('\\s*(.+?)\\s*')}$`)
}
