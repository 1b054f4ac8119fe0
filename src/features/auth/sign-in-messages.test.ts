import { signInNotice } from './sign-in-messages'

const notice = (query: string) => signInNotice(new URLSearchParams(query))

const GENERIC = { tone: 'error', text: 'We could not complete your sign-in. Please try again in a moment.' }

describe('what the sign-in page says', () => {
  it('says what a known error code means', () => {
    expect(notice('error=access_denied')).toEqual({
      tone: 'error',
      text: 'Sign-in was cancelled. You can try again whenever you are ready.',
    })
    expect(notice('error=state_mismatch')?.text).toBe(
      'This sign-in could not be verified, so it was stopped for your safety. Please start again.',
    )
  })

  // Codes that name an Object.prototype member must not reach it: `__proto__` gave an object (React
  // error #31 on render), `constructor` a function (an empty alert).
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'no_such_code'])(
    'shows the generic text for error=%s',
    (code) => {
      const result = notice(`error=${encodeURIComponent(code)}`)
      expect(result).toEqual(GENERIC)
      expect(typeof result?.text).toBe('string')
    },
  )

  it('says why the client was sent here, for the two known reasons', () => {
    expect(notice('reason=expired')).toEqual({
      tone: 'info',
      text: 'Your session has ended. Sign in again to continue where you left off.',
    })
    expect(notice('reason=signed_out')).toEqual({ tone: 'info', text: 'You have signed out.' })
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no_such_reason'])('says nothing for reason=%s', (reason) => {
    expect(notice(`reason=${encodeURIComponent(reason)}`)).toBeNull()
  })

  it('says nothing without an error or a reason', () => {
    expect(notice('')).toBeNull()
  })
})
