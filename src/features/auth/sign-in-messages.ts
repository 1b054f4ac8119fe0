import type { SignInErrorCode } from '@/lib/auth/sign-in-flow'

/*
 * What the sign-in page says, chosen from fixed codes in its address: never text taken from the URL,
 * so a crafted link cannot make the portal display words of an attacker's choosing.
 */
const errorMessages: Record<SignInErrorCode, string> = {
  access_denied: 'Sign-in was cancelled. You can try again whenever you are ready.',
  state_mismatch: 'This sign-in could not be verified, so it was stopped for your safety. Please start again.',
  no_pending_sign_in: 'This sign-in link was already used or has expired. Please start again.',
  missing_code: 'The sign-in service did not finish signing you in. Please start again.',
  exchange_failed: 'We could not complete your sign-in. Please try again in a moment.',
  not_configured: 'This portal is not set up for sign-in yet (no OAuth client id). Please contact your agency.',
}

const reasonMessages = {
  expired: 'Your session has ended. Sign in again to continue where you left off.',
  signed_out: 'You have signed out.',
} as const

export type SignInNotice = { tone: 'error' | 'info'; text: string }

export function signInNotice(params: URLSearchParams): SignInNotice | null {
  const error = params.get('error')
  if (error) return { tone: 'error', text: errorMessages[error as SignInErrorCode] ?? errorMessages.exchange_failed }
  const reason = params.get('reason')
  if (reason === 'expired' || reason === 'signed_out') return { tone: 'info', text: reasonMessages[reason] }
  return null
}
