import { issueTokens } from '../../mocks/auth'
import { session } from '@/lib/auth/session'

/** Starts a session for a seeded portal user, as a finished sign-in would; answers the issued tokens. */
export function signInAs(userId: string, ttlSeconds?: number) {
  const tokens = issueTokens(userId, ttlSeconds === undefined ? {} : { ttlSeconds })
  session.start({ accessToken: tokens.access_token, expiresIn: tokens.expires_in, refreshToken: tokens.refresh_token })
  return tokens
}
