import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed/ids'
import { activateLocale } from '@/lib/i18n/i18n'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

/*
 * Every text a page shows comes from a catalog, or is data: in the pseudo-locale every letter a
 * catalog gave is accented, so a plain letter on the page is either the API's data, Intl's words
 * (month names, "tomorrow", "CA$"), or a string someone forgot to translate — which fails here.
 */

/** Every string in the fake API's data: names, numbers, notes, as any page may show them. */
function dataStrings(): string[] {
  const found = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value.trim())
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(db)
  // Longest first, so "Acme Design Co" goes before "Acme".
  return [...found].filter((text) => /[A-Za-z]/.test(text)).sort((a, b) => b.length - a.length)
}

/** The words Intl writes in English (the pseudo-locale formats as English does). */
function intlWords(): Set<string> {
  const texts: string[] = []
  for (let month = 0; month < 12; month++) {
    const day = new Date(Date.UTC(2026, month, 1))
    for (const style of ['short', 'long'] as const) texts.push(new Intl.DateTimeFormat('en', { month: style, weekday: style, timeZone: 'UTC' }).format(day))
  }
  texts.push(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(Date.UTC(2026, 0, 1, 9))), 'AM', 'PM')
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
  for (let days = -400; days <= 400; days++) texts.push(relative.format(days, 'day'))
  for (const currency of ['USD', 'EUR', 'JPY', 'CAD']) {
    texts.push(...new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(1).map((part) => part.value))
  }
  // A country the API gives as a code is shown by name (the account's address).
  const regions = new Intl.DisplayNames('en', { type: 'region' })
  for (const code of dataStrings().filter((text) => /^[A-Z]{2}$/.test(text))) texts.push(regions.of(code) ?? '')
  return new Set(texts.flatMap((text) => text.match(/[A-Za-z]+/g) ?? []))
}

/** Each text node and label on the page that has a plain letter no catalog, data or Intl accounts for. */
function untranslated(): string[] {
  const data = dataStrings()
  const words = intlWords()
  const pageLanguage = document.documentElement.lang
  const leftOver = (text: string) => {
    let rest = text
    for (const value of data) if (rest.includes(value)) rest = rest.split(value).join(' ')
    return (rest.match(/[A-Za-z]+/g) ?? []).filter((word) => !words.has(word))
  }
  const found: string[] = []
  const inOtherLanguage = (element: Element | null) => {
    const lang = element?.closest('[lang]')?.getAttribute('lang')
    return lang !== undefined && lang !== null && lang !== pageLanguage
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || parent.closest('script, style') || inOtherLanguage(parent)) continue
    const text = node.textContent ?? ''
    if (leftOver(text).length) found.push(`<${parent.tagName.toLowerCase()}> ${text.trim()}`)
  }
  for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (inOtherLanguage(element)) continue
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name)
      if (value && leftOver(value).length) found.push(`${name}="${value}"`)
    }
  }
  return found
}

async function settledPage() {
  await screen.findByRole('heading', { level: 1 })
  await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0), { timeout: 10_000 })
}

const ORDINARY_PAGES = [
  '/',
  '/invoices',
  `/invoices/${SEED.invoices.ordinaryPartlyPaidOverdue}`,
  `/invoices/${SEED.invoices.ordinaryNoProject}`,
  '/projects',
  `/projects/${SEED.projects.ordinaryInProgress}`,
  '/statement',
  '/account',
  '/no-such-page',
]

describe('in the pseudo-locale, every text on every page is from a catalog', () => {
  beforeEach(async () => {
    await activateLocale('en-XA')
  })

  it.each(ORDINARY_PAGES)('%s', async (path) => {
    signInAs(SEED.users.ordinary)
    renderRoute(path)
    await settledPage()
    expect(untranslated()).toEqual([])
  })

  it.each(['/', '/invoices', '/projects'])('%s with nothing in it yet', async (path) => {
    signInAs(SEED.users.empty)
    renderRoute(path)
    await settledPage()
    expect(untranslated()).toEqual([])
  })

  it('the sign-in page', async () => {
    renderRoute('/sign-in?reason=expired')
    await settledPage()
    expect(untranslated()).toEqual([])
  })

  it('a page whose data could not be loaded', async () => {
    server.use(http.get('*/v1/invoices', () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom' } }, { status: 500 })))
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')
    await screen.findAllByRole('alert', {}, { timeout: 10_000 })
    expect(untranslated()).toEqual([])
  })

  it('finds a text that is not from a catalog (the check can fail)', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/account')
    await settledPage()
    const stray = document.createElement('p')
    stray.textContent = 'Forgotten words'
    document.querySelector('main')?.append(stray)
    expect(untranslated()).toContain('<p> Forgotten words')
  })
})
