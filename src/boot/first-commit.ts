import type { QueryClient } from '@tanstack/react-query'
import type { EarlyRequests } from './early-requests'

/**
 * How long React's first commit may wait, once the first page is ready, for the answers the boot asked
 * for. They left with `/me`, so they mostly land with it; a slow one (a client with thousands of
 * invoices pages through them all) gets its panel's skeleton instead, rather than hold the page back.
 */
export const EARLY_ANSWERS_GRACE_MS = 1_000

/**
 * How long it may wait for what the first page's loaders asked for beyond those (a deep link's list),
 * which leaves only once the router runs. React reveals what lands within 300 ms of a skeleton's
 * commit only when those 300 ms are over (its throttle of Suspense reveals, react-dom's
 * FALLBACK_THROTTLE_MS), so an answer within that window is on screen sooner if React waits for it,
 * and a slower one gets its skeleton without holding the page back longer than that.
 */
export const PAGE_ANSWERS_GRACE_MS = 300

const delay = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/** Resolves once no query is fetching, or after `ms`, whichever is first. */
function fetchesSettled(queryClient: QueryClient, ms: number): Promise<void> {
  return new Promise((done) => {
    const cache = queryClient.getQueryCache()
    const finish = () => {
      clearTimeout(timer)
      stop()
      done()
    }
    const check = () => {
      if (queryClient.isFetching() === 0) finish()
    }
    const timer = setTimeout(finish, ms)
    const stop = cache.subscribe(check)
    check()
  })
}

/**
 * When React may first commit, the first navigation done: once the boot's answers are in (or their
 * grace is over) and every other answer the first page's loaders asked for too (or the shorter grace
 * is; the boot's own requests, which the loaders join, keep their longer one). Until then index.html's
 * static shell stays on screen, and React's first commit swaps it for the page with its figures rather
 * than for skeletons, then figures.
 */
export function readyForFirstCommit(queryClient: QueryClient, early: EarlyRequests): Promise<void> {
  return Promise.all([
    Promise.race([early.settled(), delay(EARLY_ANSWERS_GRACE_MS)]),
    fetchesSettled(queryClient, PAGE_ANSWERS_GRACE_MS),
  ]).then(() => undefined)
}
