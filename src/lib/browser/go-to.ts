/** Leaves the app for another document (the authorization server, a checkout page). */
export function goTo(url: string): void {
  window.location.assign(url)
}
