/*
 * The languages the portal speaks, and which one a browser gets. No dependencies: the boot
 * (src/main.tsx) picks the language and starts loading its catalog before the app has loaded.
 */

export const LOCALES = ['en', 'de', 'ar'] as const

export type Locale = (typeof LOCALES)[number]

/**
 * Accented, longer and bracketed English (src/lib/i18n/pseudo-locale.ts), in development and tests
 * only: text that is not from a catalog shows up plain beside it. `en-XA` is the customary tag for it.
 */
export const PSEUDO_LOCALE = 'en-XA'

export type DisplayLocale = Locale | typeof PSEUDO_LOCALE

/** Each language by its own name, as a language menu lists them. */
export const LANGUAGE_NAMES: Record<DisplayLocale, string> = { en: 'English', de: 'Deutsch', ar: 'العربية', 'en-XA': '[Ƥšéûðö]' }

export const isRightToLeft = (locale: string) => locale === 'ar'

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/**
 * The portal's language for this browser: the one chosen on this device, else the first of the
 * browser's languages the portal speaks (`de-AT` is German), else English.
 */
export function negotiateLocale(stored: string | null, browserLanguages: readonly string[], pseudoAllowed = false): DisplayLocale {
  if (stored && isLocale(stored)) return stored
  if (stored === PSEUDO_LOCALE && pseudoAllowed) return PSEUDO_LOCALE
  for (const tag of browserLanguages) {
    const language = primary(tag)
    if (isLocale(language)) return language
  }
  return 'en'
}

/**
 * The locale numbers and dates are written in: the browser's own variant of the language when it has
 * one (`en-GB` writes 1 Mar 2026, `de-CH` 1'234.50), else the language itself.
 */
export function formattingLocale(locale: DisplayLocale, browserLanguages: readonly string[]): string {
  if (locale === PSEUDO_LOCALE) return 'en'
  return browserLanguages.find((tag) => primary(tag) === locale) ?? locale
}
