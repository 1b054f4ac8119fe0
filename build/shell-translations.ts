import { join } from 'node:path'
import type { Plugin } from 'vite'
import { readCatalog } from './catalogs.ts'

/*
 * The static shell (index.html) paints before any JavaScript, so it cannot ask Lingui for its words.
 * Each of its texts marked `data-i18n` is an English message of the app's catalogs ("Overview",
 * "Outstanding balance"); this writes each language's translation beside it as an attribute, and
 * src/shell.css shows the one for `<html lang>` (which index.html's first script has set) in place of
 * the English. A German first load paints German, an Arabic one Arabic, before the app arrives.
 */

/** The languages besides English, as src/lib/i18n/locales.ts names them. */
export const SHELL_LOCALES = ['de', 'ar'] as const

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** index.html with each `data-i18n` element's translations as `data-i18n-<locale>`, its English in a span of its own. */
export function translateShell(html: string, translations: Record<string, Map<string, string>>): string {
  return html.replace(/<(a|div|span)((?: [a-z-]+(?:="[^"]*")?)*) data-i18n>([^<]+)<\/\1>/g, (_whole, tag: string, attributes: string, english: string) => {
    const translated = Object.entries(translations).map(([locale, messages]) => {
      const text = messages.get(english)
      if (!text) throw new Error(`index.html: no ${locale} translation of the shell's "${english}" in src/locales/${locale}/messages.po`)
      return ` data-i18n-${locale}="${escapeAttribute(text)}"`
    })
    return `<${tag}${attributes} data-i18n${translated.join('')}><span data-i18n-en>${english}</span></${tag}>`
  })
}

export function shellTranslations(): Plugin {
  let root = ''
  return {
    name: 'nextoria:shell-translations',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (!context.filename.endsWith('index.html') || !html.includes(' data-i18n>')) return html
        const translations: Record<string, Map<string, string>> = {}
        for (const locale of SHELL_LOCALES) {
          const catalog = await readCatalog(join(root, 'src/locales', locale, 'messages.po'), locale)
          translations[locale] = new Map(Object.values(catalog).map((entry) => [entry.message ?? '', entry.translation ?? '']))
        }
        return translateShell(html, translations)
      },
    },
  }
}
