import { I18nProvider } from '@lingui/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { RouterProvider } from 'react-router-dom'
import { i18n } from '@/lib/i18n/i18n'
import type { createAppRouter } from './router'

const onLocaleChange = (listener: () => void) => i18n.on('change', listener)
const activeLocale = () => i18n.locale

/**
 * The providers around the router. The router and the cache are made once, outside React (see
 * main.tsx): a router starts its loaders as soon as it exists, and StrictMode would make two.
 *
 * A new language renders the pages anew (the key): every text, number and date on them is written
 * when they render, in the language and locale of that moment. The router and the cache stay, so
 * the page, its data and what is in the address bar stay too.
 */
export function App({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter> }) {
  const locale = useSyncExternalStore(onLocaleChange, activeLocale)
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider key={locale} router={router} />
      </QueryClientProvider>
    </I18nProvider>
  )
}
