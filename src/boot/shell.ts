import { isSignedInPage } from './early-requests'

/**
 * Which part of index.html's static shell fits this page, told to shell.css as `<html data-shell>`.
 * Before any JavaScript the shell is the overview's (CSS cannot see the URL, and the overview is where
 * reloads and every sign-in land); this runs first of all the portal's code, long before React, and
 * takes the panels away where they would be wrong: on another signed-in page the frame stays with a
 * plain skeleton, and on the sign-in and callback pages, or without a session, nothing of it does.
 */
export function markShell(path: string, signedIn: boolean): void {
  document.documentElement.dataset.shell = !signedIn || !isSignedInPage(path) ? 'none' : path === '/' ? 'overview' : 'page'
}
