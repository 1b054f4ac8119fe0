/** The auth feature's public surface: what the sign-in page says, chosen from fixed codes. */
export { signInNotice, startFailureText, type SignInNotice } from './sign-in-messages'
