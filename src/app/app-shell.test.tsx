import { screen, within } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

/**
 * WCAG 2.x contrast, written out here (WCAG 2.0's own constants) rather than taken from
 * src/lib/color/contrast.ts, whose result this test checks: a mistake there cannot hide here.
 */
function wcagContrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((at) => {
      const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    })
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
  }
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('the branded shell', () => {
  it('shows the agency, the signed-in client, the navigation and a skip link', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    const banner = screen.getByRole('banner')
    expect(within(banner).getByText(db.workspace.name)).toBeInTheDocument()
    const user = db.users.find((u) => u.id === SEED.users.ordinary)!
    expect(within(banner).getByText(user.name)).toBeInTheDocument()
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')

    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '/'],
      ['Projects', '/projects'],
      ['Invoices', '/invoices'],
      ['Account', '/account'],
    ])
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  })

  it('puts the agency logo in the tab, as in the header', async () => {
    const icon = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'icon', href: '/favicon.svg' }))
    try {
      signInAs(SEED.users.ordinary)
      renderRoute('/')
      await screen.findByRole('heading', { level: 1, name: 'Overview' })
      expect(icon.getAttribute('href')).toBe(db.workspace.logo_url)
    } finally {
      icon.remove()
    }
  })

  it('brands with the agency colour, darkened where text in it would fail WCAG AA', async () => {
    signInAs(SEED.users.ordinary)
    const { container } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Overview' })
    const shell = container.querySelector<HTMLElement>('.shell')!
    const brand = shell.style.getPropertyValue('--brand')
    const brandText = shell.style.getPropertyValue('--brand-text')

    expect(brand).toBe(db.workspace.brand_color)
    expect(brand).toBe('#f4b400')
    // (244, 180, 0) scaled by 0.575 toward black: the first shade that passes on the page background.
    expect(brandText).toBe('#8c6700')
    expect(wcagContrast(brand, '#ffffff')).toBeLessThan(4.5) // the seed's colour is too light for text
    expect(wcagContrast(brandText, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(wcagContrast(brandText, '#f6f7f9')).toBeGreaterThanOrEqual(4.5) // the page background
  })

  it('shows a not-found page with a way back for an unknown address', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/')
  })

  it('shows an error with a retry, not a blank page, when the API fails', async () => {
    signInAs(SEED.users.ordinary)
    server.use(
      untypedHttp.get('*/v1/me', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'The API is down for maintenance.' } }, { status: 503 }),
      ),
    )
    renderRoute('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('The API is down for maintenance.')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
