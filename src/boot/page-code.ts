import { PAGE_MODULES, pageModuleAt } from '@/app/page-modules'
import { session } from '@/lib/auth/session'
import { isSignedInPage } from './early-requests'

/**
 * A deep link's page: its code starts downloading now, beside the app's, instead of once the app has
 * run and its router asks for it (index.html preloads the code of the frame and the overview only).
 * Signed out, a signed-in page would only send the tab to sign in, so the sign-in page's code is what
 * it needs; the callback page needs none of its own. A failed download is the router's to report when
 * it asks again.
 */
export function startPageCode(path: string): void {
  const page = isSignedInPage(path) && !session.isSignedIn() ? PAGE_MODULES.signIn : pageModuleAt(path)
  void page?.load().catch(() => undefined)
}
