import { pageModuleAt } from '@/app/page-modules'
import { session } from '@/lib/auth/session'
import { isSignedInPage } from './early-requests'

/**
 * A deep link's page: its code starts downloading now, beside the app's, instead of once the app has
 * run and its router asks for it (index.html preloads the code of the frame, the overview and the
 * sign-in page only). Signed out, the page would only send the tab to sign in, so nothing is fetched.
 * A failed download is the router's to report when it asks again.
 */
export function startPageCode(path: string): void {
  if (isSignedInPage(path) && session.isSignedIn()) void pageModuleAt(path)?.load().catch(() => undefined)
}
