import type { Messages } from '@lingui/core'
import type { Locale } from './locales'

/*
 * Every language but English is a chunk of its own, fetched only by those who read it. The boot
 * (src/main.tsx) starts the fetch with the app's, so a German first load does not wait for one and
 * then the other; the app awaits the same promise before its first render.
 */

type Catalog = { messages: Messages }

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  de: () => import('@/locales/de/messages.po'),
  ar: () => import('@/locales/ar/messages.po'),
}

const loading = new Map<string, Promise<Catalog>>()

/** The catalog of a language other than English, fetched once per page however often it is asked for. */
export function loadCatalog(locale: Exclude<Locale, 'en'>): Promise<Catalog> {
  let catalog = loading.get(locale)
  if (!catalog) {
    catalog = loaders[locale]()
    // A failed fetch (offline) may be tried again on the next choice.
    catalog.catch(() => loading.delete(locale))
    loading.set(locale, catalog)
  }
  return catalog
}
