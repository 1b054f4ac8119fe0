import { Trans } from '@lingui/react/macro'
import { useState } from 'react'
import { redirect, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom'
import { LanguageMenu } from '@/components/language-menu'
import { ThemeSwitch } from '@/components/theme-switch'
import { signInNotice, startFailureText } from '@/features/auth'
import { safeReturnPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'
import { beginSignIn } from '@/lib/auth/sign-in-flow'
import { goTo } from '@/lib/browser/go-to'

/**
 * Someone already signed in has nothing to do here, unless they were sent here for a reason (their
 * session ended): then the page stays, since sending them back by itself could only go round again.
 */
export function signInLoader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  if (params.has('reason') || !session.isSignedIn()) return null
  return redirect(safeReturnPath(params.get('returnTo')))
}

export function SignInPage() {
  const [params] = useSearchParams()
  const [starting, setStarting] = useState(false)
  // The failure itself, not its words: they are written at render, in the language of the moment.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  const notice = failure ? { tone: 'error' as const, text: startFailureText(failure.error) } : signInNotice(params)

  async function start() {
    setStarting(true)
    try {
      goTo(await beginSignIn(params.get('returnTo') ?? '/'))
    } catch (error) {
      setStarting(false)
      setFailure({ error })
    }
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <h1>
          <Trans>Sign in to your client portal</Trans>
        </h1>
        <p>
          <Trans>See what you owe, pay invoices and follow your projects.</Trans>
        </p>
        {notice && (
          <p role={notice.tone === 'error' ? 'alert' : 'status'} className={`notice notice-${notice.tone}`}>
            {notice.text}
          </p>
        )}
        <button type="button" className="button-primary" onClick={() => void start()} disabled={starting}>
          {starting ? <Trans>Opening sign-in…</Trans> : <Trans>Sign in</Trans>}
        </button>
        <p className="muted">
          <Trans>You will sign in with the magic link or Google account your agency invited.</Trans>
        </p>
        <div className="sign-in-prefs">
          <LanguageMenu />
          <ThemeSwitch />
        </div>
      </div>
    </main>
  )
}
