import { i18n, type MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { SignInError, type SignInErrorCode } from '@/lib/auth/sign-in-flow'

/*
 * What the sign-in page says, chosen from fixed codes in its address: never text taken from the URL,
 * so a crafted link cannot make the portal display words of an attacker's choosing. Maps, not object
 * literals: `errors['__proto__']` or `errors['constructor']` would find Object.prototype's members
 * (an object React cannot render, a function that renders as nothing).
 *
 * The tables hold message descriptors, not text: the functions below turn one into text in the
 * language of the moment, and are called while the page renders.
 */
const GENERIC_ERROR = msg`We could not complete your sign-in. Please try again in a moment.`

/** A Record first, so that every code the sign-in flow can report is sure to have its words. */
const errorText: Record<SignInErrorCode, MessageDescriptor> = {
  access_denied: msg`Sign-in was cancelled. You can try again whenever you are ready.`,
  state_mismatch: msg`This sign-in could not be verified, so it was stopped for your safety. Please start again.`,
  no_pending_sign_in: msg`This sign-in link was already used or has expired. Please start again.`,
  missing_code: msg`The sign-in service did not finish signing you in. Please start again.`,
  exchange_failed: GENERIC_ERROR,
  not_configured: msg`This portal is not set up for sign-in yet (no OAuth client id). Please contact your agency.`,
}

const errorMessages = new Map<string, MessageDescriptor>(Object.entries(errorText))

const reasonMessages = new Map<string, MessageDescriptor>([
  ['expired', msg`Your session has ended. Sign in again to continue where you left off.`],
  ['signed_out', msg`You have signed out.`],
  [
    'access_ended',
    msg`Your access to this portal has ended, or your session expired. Sign in again; if this keeps happening, ask your agency whether your portal access is still active.`,
  ],
])

const START_FAILED = msg`Sign-in could not start. Check your connection and try again.`

/** Why starting a sign-in failed, in the words the page shows (in the current language: call it at render). */
export function startFailureText(error: unknown): string {
  return i18n._(error instanceof SignInError ? errorText[error.code] : START_FAILED)
}

export type SignInNotice = { tone: 'error' | 'info'; text: string }

/** What the page says for its address, in the current language: call it at render. */
export function signInNotice(params: URLSearchParams): SignInNotice | null {
  const error = params.get('error')
  if (error) return { tone: 'error', text: i18n._(errorMessages.get(error) ?? GENERIC_ERROR) }
  const reason = reasonMessages.get(params.get('reason') ?? '')
  return reason ? { tone: 'info', text: i18n._(reason) } : null
}
