import { setupWorker } from 'msw/browser'
import { issueAccessToken } from './auth'
import { handlers } from './handlers'
import { SEED } from './seed'

export const worker = setupWorker(...handlers)

/** Starts the service worker; the app's own files and Vite's requests pass through untouched. */
export async function startMockApi(): Promise<void> {
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}

const DEV_TOKEN_TTL_SECONDS = 12 * 60 * 60

/**
 * Until the sign-in flow exists, mock mode starts signed in as a seeded client:
 * `?mock-user=empty|ordinary|large` picks which (ordinary by default).
 */
export function devSignIn(search: URLSearchParams): string {
  const choice = search.get('mock-user')
  const users: Record<string, string> = SEED.users
  const userId = (choice && users[choice]) || SEED.users.ordinary
  return issueAccessToken(userId, DEV_TOKEN_TTL_SECONDS)
}
