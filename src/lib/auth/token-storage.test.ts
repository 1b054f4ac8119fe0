import { tokenStorage } from './token-storage'

const KEY = 'nextoria.portal.session'

// The test setup clears it too; these tests also run without it (vitest.mutation.config.ts).
beforeEach(() => sessionStorage.clear())

describe('the stored sign-in (sessionStorage, this tab only)', () => {
  it('keeps the session id, the refresh token and, once known, the client id', () => {
    expect(tokenStorage.read()).toBeNull()
    tokenStorage.write({ sessionId: 's1', refreshToken: 'rt_1' })
    expect(tokenStorage.read()).toEqual({ sessionId: 's1', refreshToken: 'rt_1' })
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual({ sessionId: 's1', refreshToken: 'rt_1' })
    tokenStorage.write({ sessionId: 's1', refreshToken: 'rt_2', clientId: 'cli_1' })
    expect(tokenStorage.read()).toEqual({ sessionId: 's1', refreshToken: 'rt_2', clientId: 'cli_1' })
  })

  it('forgets it on clear, and touches nothing else in the tab', () => {
    sessionStorage.setItem('other', 'kept')
    tokenStorage.write({ sessionId: 's1', refreshToken: 'rt_1' })
    tokenStorage.clear()
    expect(tokenStorage.read()).toBeNull()
    expect(sessionStorage.getItem(KEY)).toBeNull()
    expect(sessionStorage.getItem('other')).toBe('kept')
  })

  it.each([
    ['not JSON', '{"sessionId":'],
    ['no session id', JSON.stringify({ refreshToken: 'rt_1' })],
    ['an empty session id', JSON.stringify({ sessionId: '', refreshToken: 'rt_1' })],
    ['no refresh token', JSON.stringify({ sessionId: 's1' })],
    ['an empty refresh token', JSON.stringify({ sessionId: 's1', refreshToken: '' })],
    ['JSON null', 'null'],
    ['an empty string', ''],
  ])('reads %s as no sign-in at all', (_what, raw) => {
    sessionStorage.setItem(KEY, raw)
    expect(tokenStorage.read()).toBeNull()
  })

  it('drops a client id that is not a non-empty string, and anything it does not know', () => {
    const stored = (extra: Record<string, unknown>) => {
      sessionStorage.setItem(KEY, JSON.stringify({ sessionId: 's1', refreshToken: 'rt_1', ...extra }))
      return tokenStorage.read()
    }
    expect(stored({ clientId: '' })).toEqual({ sessionId: 's1', refreshToken: 'rt_1' })
    expect(stored({ clientId: 42 })).toEqual({ sessionId: 's1', refreshToken: 'rt_1' })
    expect(stored({ clientId: null })).toEqual({ sessionId: 's1', refreshToken: 'rt_1' })
    expect(stored({ accessToken: 'at_1', clientId: 'cli_1' })).toEqual({ sessionId: 's1', refreshToken: 'rt_1', clientId: 'cli_1' })
  })
})
