import { SignInError, type SignInErrorCode } from '@/lib/auth/sign-in-flow'

/*
 * What the sign-in page says, chosen from fixed codes in its address: never text taken from the URL,
 * so a crafted link cannot make the portal display words of an attacker's choosing. Maps, not object
 * literals: `errors['__proto__']` or `errors['constructor']` would find Object.prototype's members
 * (an object React cannot render, a function that renders as nothing).
 */
const GENERIC_ERROR = 'We could not complete your sign-in. Please try again in a moment.'

/** A Record first, so that every code the sign-in flow can report is sure to have its words. */
const errorText: Record<SignInErrorCode, string> = {
  access_denied: 'Sign-in was cancelled. You can try again whenever you are ready.',
  state_mismatch: 'This sign-in could not be verified, so it was stopped for your safety. Please start again.',
  no_pending_sign_in: 'This sign-in link was already used or has expired. Please start again.',
  missing_code: 'The sign-in service did not finish signing you in. Please start again.',
  exchange_failed: GENERIC_ERROR,
  not_configured: 'This portal is not set up for sign-in yet (no OAuth client id). Please contact your agency.',
}

const errorMessages = new Map<string, string>(Object.entries(errorText))

const reasonMessages = new Map<string, string>([
  ['expired', 'Your session has ended. Sign in again to continue where you left off.'],
  ['signed_out', 'You have signed out.'],
  [
    'access_ended',
    'Your access to this portal has ended, or your session expired. Sign in again; if this keeps happening, ask your agency whether your portal access is still active.',
  ],
])

/** Why starting a sign-in failed, in the words the page shows. */
export function startFailureText(error: unknown): string {
  if (error instanceof SignInError) return errorText[error.code]
  return 'Sign-in could not start. Check your connection and try again.'
}

export type SignInNotice = { tone: 'error' | 'info'; text: string }

export function signInNotice(params: URLSearchParams): SignInNotice | null {
  const error = params.get('error')
  if (error) return { tone: 'error', text: errorMessages.get(error) ?? GENERIC_ERROR }
  const reason = reasonMessages.get(params.get('reason') ?? '')
  return reason ? { tone: 'info', text: reason } : null
}
