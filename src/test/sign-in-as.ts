import { issueAccessToken } from '../../mocks/auth'
import { accessToken } from '@/lib/api/access-token'

/** Gives the app a valid token for a seeded portal user, as a finished sign-in would. */
export function signInAs(userId: string, ttlSeconds?: number): string {
  const token = issueAccessToken(userId, ttlSeconds)
  accessToken.set(token)
  return token
}
