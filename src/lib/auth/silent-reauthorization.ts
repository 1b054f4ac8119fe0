import { goTo } from '../browser/go-to'
import { session } from './session'
import { beginSilentSignIn } from './sign-in-flow'
import { silentReauthAllowance } from './silent-reauth-allowance'

/**
 * Refresh tokens rotate, so a reload while a refresh is in flight leaves the tab with one the server
 * has already used, and the refresh is refused. Before showing the sign-in page, the tab may ask the
 * authorization server once, unseen (`prompt=none`), to sign the client in again and return to
 * `returnTo`. A top-level navigation, not a frame: the portal's CSP forbids framing.
 *
 * Answers false when it may not try (already tried since the session last proved itself, or signed
 * out); then, or if the attempt cannot start, the caller shows the sign-in page (`orElse`).
 */
export function reauthorizeSilently(returnTo: string, orElse: () => void): boolean {
  if (!silentReauthAllowance.available()) return false
  silentReauthAllowance.spend()
  const leaving = beginSilentSignIn(returnTo).then(goTo)
  session.holdRequestsWhileLeaving(leaving)
  leaving.catch(orElse)
  return true
}
