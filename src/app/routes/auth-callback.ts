import { redirect, type LoaderFunctionArgs } from 'react-router-dom'
import { completeSignIn, SignInError } from '@/lib/auth/sign-in-flow'

/** The authorization server sends the browser back here; every outcome ends on a page, never blank. */
export async function authCallbackLoader({ request }: LoaderFunctionArgs) {
  try {
    return redirect(await completeSignIn(new URL(request.url)))
  } catch (error) {
    const code = error instanceof SignInError ? error.code : 'exchange_failed'
    return redirect(`/sign-in?error=${code}`)
  }
}
