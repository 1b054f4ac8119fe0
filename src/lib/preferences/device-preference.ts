/*
 * The device's display preferences: what this browser was asked to show, kept across visits and
 * shared by its tabs. The one module in src/ that touches localStorage (build/source-checks.ts holds
 * every other file to that), and nothing of the session or of any client may go here: only choices
 * about how the portal looks and which language it speaks.
 *
 * index.html's first script reads the same keys before the first paint (a test checks they agree).
 */

/** The stored key; index.html's inline script names it too (theme-boot.test.ts keeps the two in step). */
export const THEME_STORAGE_KEY = 'portal.theme'

/** 'system' follows the device (`prefers-color-scheme`); 'light' and 'dark' are chosen. */
export type ThemePreference = 'system' | 'light' | 'dark'

/** 'light' and 'dark' as they are; anything else (nothing, 'system', a stray value) is 'system'. */
export const asThemePreference = (value: unknown): ThemePreference => (value === 'light' || value === 'dark' ? value : 'system')

/*
 * Storage can throw at every step: reading `window.localStorage` itself where storage is disabled
 * (blocked cookies, some private modes), and each call where it is full or refused. Each step is
 * inside a try, and a failure is 'system' or nothing: nothing fails over a colour.
 */

/** The stored choice; anything else stored, nothing, or storage that cannot be read, is 'system'. */
export function readThemePreference(): ThemePreference {
  try {
    return asThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY))
  } catch {
    return 'system'
  }
}

/**
 * Stores the choice ('system' forgets it, so the device's own scheme applies). Where storage cannot
 * be written (disabled, full), the page still shows the choice until it is left.
 */
export function writeThemePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY)
    else window.localStorage.setItem(THEME_STORAGE_KEY, preference)
  } catch {
    // Not stored: nothing else to do.
  }
}

/** The language chosen on this device (a locale of src/lib/i18n/locales.ts); index.html's script names it too. */
export const LANGUAGE_STORAGE_KEY = 'portal.language'

/** The stored language as stored (the caller checks it is one the portal speaks), or null. */
export function readLanguagePreference(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null
  }
}

/** Stores the chosen language; where storage cannot be written, the page still speaks it until it is left. */
export function writeLanguagePreference(locale: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale)
  } catch {
    // Not stored: nothing else to do.
  }
}
