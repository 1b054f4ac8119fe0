/*
 * A refused refresh may be tried once without the user (a silent re-authorization), never twice in a
 * row. The allowance is spent when a silent attempt leaves, and when the client signs out; only a
 * session that proves itself earns it back: an interactive sign-in, or a refresh the server accepts.
 * So a session a silent sign-in restored, refused again at once, goes to the sign-in page: no loop.
 * It lives in sessionStorage because it must survive the round trip to the authorization server.
 */
const KEY = 'nextoria.portal.silent-reauth-spent'

export const silentReauthAllowance = {
  available(): boolean {
    return sessionStorage.getItem(KEY) === null
  },
  spend(): void {
    sessionStorage.setItem(KEY, '1')
  },
  earn(): void {
    sessionStorage.removeItem(KEY)
  },
}
