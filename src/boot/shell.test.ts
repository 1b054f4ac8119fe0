import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { db } from '../../mocks/db'
import { markShell } from './shell'

// vitest runs from the project root.
const indexHtml = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8')
const shell = () => {
  const doc = new DOMParser().parseFromString(indexHtml, 'text/html')
  const found = doc.querySelector('#root > .boot-shell')
  if (!found) throw new Error('index.html has no .boot-shell in #root')
  return found
}

describe('index.html’s static shell', () => {
  it('shows nothing of any client: no name, no company, no figure, no date', () => {
    const text = shell().textContent?.replace(/\s+/g, ' ').trim() ?? ''
    expect(text).toBe(
      'Overview Projects Invoices Account Language Appearance Sign out Overview Your statement Add to calendar Outstanding balance Overdue Next invoice due Total billed ' +
        'Needs your attention Active projects Billing over the last 12 months',
    )
    const seeded = [
      db.workspace.name,
      ...db.users.flatMap((user) => [user.name, user.email]),
      ...db.clients.flatMap((client) => [client.name, client.company, client.email]),
    ].filter((value): value is string => typeof value === 'string' && value !== '')
    for (const value of seeded) expect(indexHtml, value).not.toContain(value)
    // The one number is the chart's title; no amount, count or date.
    expect(text.replace('last 12 months', '')).not.toMatch(/\d/)
  })

  it('is hidden from assistive technology and inert, with nothing to focus', () => {
    const frame = shell()
    expect(frame.getAttribute('aria-hidden')).toBe('true')
    expect(frame.hasAttribute('inert')).toBe(true)
    expect(frame.querySelectorAll('[href], button, input, select, textarea, [tabindex]')).toHaveLength(0)
  })
})

describe('markShell', () => {
  afterEach(() => delete document.documentElement.dataset.shell)

  it.each([
    ['/', true, 'overview'],
    ['/invoices', true, 'page'],
    ['/projects/prj_1', true, 'page'],
    ['/', false, 'none'],
    ['/sign-in', false, 'none'],
    ['/sign-in', true, 'none'],
    ['/auth/callback', true, 'none'],
  ])('%s, signed in: %s → %s', (path, signedIn, shown) => {
    markShell(path, signedIn)
    expect(document.documentElement.dataset.shell).toBe(shown)
  })
})
