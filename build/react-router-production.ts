import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Alias } from 'vite'

/*
 * React Router 7's package exports name only its development build (remix-run/react-router#12532 and
 * #14102, open as of 7.18.7), so a production bundle carries its development warnings switched on
 * (`ENABLE_DEV_WARNINGS = true`: console warnings a client's browser would log) and their text. Its
 * production build ships in the same package, beside it; a build takes that one. Tests and the dev
 * server keep the development build and its warnings.
 */

/** Where the installed React Router keeps one of its two builds. */
export function reactRouterBuildDir(build: 'development' | 'production'): string {
  return join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', build)
}

/** The aliases a build uses: exactly `react-router` and `react-router/dom` (react-router-dom imports both). */
export function reactRouterProductionAliases(): Alias[] {
  const productionDir = reactRouterBuildDir('production')
  return [
    { find: /^react-router$/, replacement: join(productionDir, 'index.mjs') },
    { find: /^react-router\/dom$/, replacement: join(productionDir, 'dom-export.mjs') },
  ]
}

/** Text of a warning that only a bundle of React Router's development build keeps (the production build's is dead code). */
export const REACT_ROUTER_DEVELOPMENT_MARKER = 'Error handled by React Router default ErrorBoundary'
