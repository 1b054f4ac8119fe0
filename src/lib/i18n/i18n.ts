import { i18n } from '@lingui/core'
import { setDisplayLocale } from '@/lib/format/display-locale'
import { readLanguagePreference, writeLanguagePreference } from '@/lib/preferences/device-preference'
import { loadCatalog } from './catalog-loaders'
import { formattingLocale, isRightToLeft, negotiateLocale, PSEUDO_LOCALE, type DisplayLocale } from './locales'

/*
 * The one Lingui instance: components read it through I18nProvider (src/app/app.tsx), and code outside
 * React (formatting, messages built in utils) through `t` from @lingui/core/macro, which uses it too.
 * English needs no catalog: build/lingui-macro.ts compiles each message's English into the code that
 * shows it, so each chunk carries its own. Other languages' catalogs load when they are chosen.
 */

/** The pseudo-locale is for development and the fake API's builds (tests); a deployed build has none. */
export const PSEUDO_ALLOWED = import.meta.env.DEV || import.meta.env.MODE === 'test' || import.meta.env.VITE_API_MOCKING === 'on'

i18n.load('en', {})
i18n.activate('en')

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : navigator.languages)

/** The language this browser starts in: the one chosen on this device, else the browser's. */
export const initialLocale = (): DisplayLocale => negotiateLocale(readLanguagePreference(), browserLanguages(), PSEUDO_ALLOWED)

async function messagesOf(locale: DisplayLocale) {
  if (locale === 'en') return {}
  if (locale === PSEUDO_LOCALE) {
    if (!PSEUDO_ALLOWED) return {}
    const [{ pseudoMessages }, { messages: english }] = await Promise.all([import('./pseudo-locale'), import('@/locales/en/messages.po')])
    return pseudoMessages(english)
  }
  return (await loadCatalog(locale)).messages
}

/**
 * Speaks `locale` from now on: its catalog loaded, numbers and dates in it, and `<html lang dir>` set,
 * so the page reads right to left in Arabic. The caller re-renders (src/app/app.tsx keys the app on it).
 */
export async function activateLocale(locale: DisplayLocale): Promise<void> {
  const messages = await messagesOf(locale)
  setDisplayLocale(formattingLocale(locale, browserLanguages()))
  i18n.load(locale, messages)
  i18n.activate(locale)
  document.documentElement.lang = locale
  document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr'
}

/** A language chosen from the menu: spoken at once, and remembered on this device. */
export async function chooseLocale(locale: DisplayLocale): Promise<void> {
  await activateLocale(locale)
  writeLanguagePreference(locale)
}

export { i18n }
