/*
 * The current access token, in memory only: never in localStorage, so a script injected into the page
 * cannot lift it from storage, and it is gone when the tab is.
 */
let current: string | null = null

export const accessToken = {
  get: (): string | null => current,
  set: (token: string | null): void => {
    current = token
  },
}
