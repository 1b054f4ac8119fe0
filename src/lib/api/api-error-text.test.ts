import { activateLocale } from '@/lib/i18n/i18n'
import { ApiError } from './api-error'
import { apiErrorText } from './api-error-text'

describe('what the client reads of an API error', () => {
  it('is the API’s own message when it sent one', () => {
    const error = ApiError.fromResponse(new Response(null, { status: 409 }), { error: { code: 'conflict', message: 'This invoice was just paid.' } })
    expect(apiErrorText(error)).toBe('This invoice was just paid.')
  })

  it('is a sentence in the page’s language when the answer had no message of the API', async () => {
    const error = ApiError.fromResponse(new Response('<html>teapot</html>', { status: 418, statusText: "I'm a teapot" }), null)
    expect(apiErrorText(error)).toBe('The server answered 418 without saying why. Please try again, and contact us if it keeps happening.')
    await activateLocale('de')
    expect(apiErrorText(error)).toMatch(/^Der Server .*418/)
  })
})
