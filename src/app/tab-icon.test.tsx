import { render } from '@testing-library/react'
import { iconUrl, useTabIcon } from './tab-icon'

const PORTAL_ICON = '/assets/favicon-abc123.svg'

function Frame({ logo }: { logo: string | null | undefined }) {
  useTabIcon(logo)
  return null
}

function iconHref(): string | null {
  return document.querySelector('link[rel="icon"]')!.getAttribute('href')
}

describe('useTabIcon, the agency’s logo in the tab', () => {
  beforeEach(() => {
    document.head.innerHTML = `<link rel="icon" href="${PORTAL_ICON}" />`
  })

  it('shows the logo while the frame is there, and the portal’s icon again once it goes', () => {
    const logo = 'https://assets.nextoriahub.com/workspaces/ws_1/logo.svg'
    const { unmount } = render(<Frame logo={logo} />)
    expect(iconHref()).toBe(logo)
    unmount()
    expect(iconHref()).toBe(PORTAL_ICON)
  })

  it('follows a logo that changes, and keeps the portal’s icon for none', () => {
    const { rerender } = render(<Frame logo="https://cdn.example.com/a.png" />)
    expect(iconHref()).toBe('https://cdn.example.com/a.png')
    rerender(<Frame logo="https://cdn.example.com/b.png" />)
    expect(iconHref()).toBe('https://cdn.example.com/b.png')
    rerender(<Frame logo={null} />)
    expect(iconHref()).toBe(PORTAL_ICON)
  })

  it('leaves the page alone when it has no icon link', () => {
    document.head.innerHTML = ''
    render(<Frame logo="https://cdn.example.com/a.png" />)
    expect(document.querySelector('link[rel="icon"]')).toBeNull()
  })
})

describe('iconUrl', () => {
  it('takes an absolute https address, and http on this machine (the fake API’s assets)', () => {
    expect(iconUrl('https://cdn.example.com/logo.svg?v=2')).toBe('https://cdn.example.com/logo.svg?v=2')
    expect(iconUrl('http://127.0.0.1:4173/_assets/logo.svg')).toBe('http://127.0.0.1:4173/_assets/logo.svg')
  })

  it.each([
    ['no logo', null],
    ['an empty one', ''],
    ['a relative path', '/logo.svg'],
    ['plain http elsewhere', 'http://cdn.example.com/logo.svg'],
    ['a script', 'javascript:alert(1)'],
    ['inline data', 'data:image/svg+xml,<svg/>'],
    ['credentials in the address', 'https://user:pass@cdn.example.com/logo.svg'],
    ['not an address at all', 'not a url'],
  ])('refuses %s', (_, url) => {
    expect(iconUrl(url)).toBeNull()
  })
})
