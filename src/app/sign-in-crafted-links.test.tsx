import { screen } from '@testing-library/react'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

/* Crafted sign-in links, as a phishing mail would carry them, opened in a tab that does or does not hold a session. */

describe('a crafted sign-in link', () => {
  it.each(['/.//evil.example/phish', '/x/%2e%2e//evil.example/phish', '/%2F%2Fevil.example/phish'])(
    'with returnTo=%s keeps a signed-in client on the portal, on the overview',
    async (returnTo) => {
      signInAs(SEED.users.ordinary)
      const view = renderRoute(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`)
      expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
      expect(view.router.state.location.pathname).toBe('/')
      expect(view.router.state.location.search).toBe('')
    },
  )

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'with error=%s shows the sign-in page and the generic message',
    async (code) => {
      renderRoute(`/sign-in?error=${code}`)
      expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
      expect(screen.getByRole('alert')).toHaveTextContent('We could not complete your sign-in. Please try again in a moment.')
    },
  )

  it.each(['__proto__', 'constructor'])('with reason=%s shows the sign-in page with no notice', async (reason) => {
    renderRoute(`/sign-in?reason=${reason}`)
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
