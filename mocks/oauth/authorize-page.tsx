import { StrictMode, useState, type FormEvent } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from '../auth'
import { db } from '../db'
import { answerWithoutPrompt, approve, readAuthorizeRequest, redirectWith, type AuthorizeRequest } from './authorize-request'
import { forgetIdpSession, readIdpSession, rememberIdpSession, type IdpSession } from './idp-session'

/*
 * The fake Nextoria sign-in page, for mock mode only: it is not an entry of the production build. A
 * developer picks which seeded client to be (as the magic link or Google would decide on the real one)
 * and may shorten the access token's life to watch the portal refresh it. Like the real one, it then
 * remembers the sign-in in this browser, so a silent request (`prompt=none`) is answered at once.
 */
const portalUsers = db.users.map((user) => {
  const client = db.clients.find((c) => c.id === user.client_id)
  const invoices = db.invoices.filter((inv) => inv.client_id === user.client_id && inv.status !== 'draft').length
  return { user, company: client?.company ?? client?.name ?? '', invoices }
})

function signInAs(request: AuthorizeRequest, userId: string, ttlSeconds: number): void {
  rememberIdpSession({ userId, ttlSeconds })
  window.location.assign(approve(request, userId, ttlSeconds))
}

/** Who this browser is signed in to the fake Nextoria Hub as, if it is a seeded user still. */
function currentIdpSession(): IdpSession | null {
  const signedIn = readIdpSession(document.cookie)
  return signedIn && db.users.some((u) => u.id === signedIn.userId) ? signedIn : null
}

/** A silent request leaves at once; `replace`, so the back button never finds this page in between. */
function answerSilently(request: AuthorizeRequest): void {
  const signedIn = currentIdpSession()
  window.location.replace(answerWithoutPrompt(request, signedIn?.userId ?? null, signedIn?.ttlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS))
}

/** Developer option: sign out of the fake Nextoria Hub, so that a silent sign-in meets `login_required`. */
function IdpSessionOption() {
  const [signedIn, setSignedIn] = useState(currentIdpSession)
  const name = signedIn && db.users.find((u) => u.id === signedIn.userId)?.name
  if (!name) return <p className="mock-note">Nobody is signed in to Nextoria Hub here: a silent sign-in answers login_required.</p>
  return (
    <>
      <p className="mock-note">Signed in to Nextoria Hub as {name}: a silent sign-in (prompt=none) comes straight back.</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          forgetIdpSession()
          setSignedIn(null)
        }}
      >
        Sign out of Nextoria Hub
      </button>
    </>
  )
}

function AuthorizePage({ request }: { request: AuthorizeRequest }) {
  const [email, setEmail] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const [ttl, setTtl] = useState(String(DEFAULT_ACCESS_TOKEN_TTL_SECONDS))
  const ttlSeconds = Math.max(1, Number.parseInt(ttl, 10) || DEFAULT_ACCESS_TOKEN_TTL_SECONDS)

  function sendMagicLink(event: FormEvent) {
    event.preventDefault()
    const match = db.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase())
    if (!match) {
      setNotice(`No portal invitation was sent to ${email.trim() || 'that address'}. Try one of the clients below.`)
      return
    }
    signInAs(request, match.id, ttlSeconds)
  }

  return (
    <main className="card">
      <p className="product">Nextoria Hub</p>
      <h1>Sign in to {db.workspace.name}&rsquo;s client portal</h1>
      <form onSubmit={sendMagicLink}>
        <label htmlFor="email">Email address</label>
        <input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit">Email me a sign-in link</button>
        {notice && <p role="alert">{notice}</p>}
      </form>
      <p className="divider">or</p>
      <section aria-labelledby="accounts">
        <h2 id="accounts">Continue with Google as</h2>
        <ul className="accounts">
          {portalUsers.map(({ user, company, invoices }) => (
            <li key={user.id}>
              <button type="button" onClick={() => signInAs(request, user.id, ttlSeconds)}>
                <strong>{user.name}</strong>
                <span>
                  {company} · {invoices} {invoices === 1 ? 'invoice' : 'invoices'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <details>
        <summary>Developer options</summary>
        <label htmlFor="ttl">Access token lifetime (seconds)</label>
        <input id="ttl" inputMode="numeric" value={ttl} onChange={(e) => setTtl(e.target.value)} />
        <IdpSessionOption />
      </details>
      <button type="button" className="secondary" onClick={() => window.location.assign(redirectWith(request, { error: 'access_denied', error_description: 'The user cancelled sign-in.' }))}>
        Cancel and go back
      </button>
      <p className="mock-note">Mock authorization server: no real account is used.</p>
    </main>
  )
}

function BadRequest({ problem }: { problem: string }) {
  return (
    <main className="card">
      <p className="product">Nextoria Hub</p>
      <h1>This sign-in link is not valid</h1>
      <p role="alert">{problem}</p>
    </main>
  )
}

const request = readAuthorizeRequest(new URLSearchParams(window.location.search))
if (!('problem' in request) && request.silent) {
  answerSilently(request)
} else {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>{'problem' in request ? <BadRequest problem={request.problem} /> : <AuthorizePage request={request} />}</StrictMode>,
  )
}
