import { QueryClient } from '@tanstack/react-query'
import type { EarlyRequests } from './early-requests'
import { EARLY_ANSWERS_GRACE_MS, PAGE_ANSWERS_GRACE_MS, readyForFirstCommit } from './first-commit'

/** A query's answer that comes only when the test says so. */
function answerLater() {
  let answer!: () => void
  const answered = new Promise<string>((resolve) => (answer = () => resolve('answer')))
  return { answered, answer }
}

/** The boot's requests, as far as the first commit cares: their keys, and when they settle. */
function early(queryKeys: string[][], settled: Promise<unknown> = Promise.resolve()): EarlyRequests {
  return { queryKeys, settled: () => settled.then(() => undefined), adoptInto: () => undefined }
}

/** Whether `promise` has settled by now, read without waiting on it. */
function watch(promise: Promise<void>) {
  const state = { done: false }
  void promise.then(() => (state.done = true))
  return state
}

let queryClient: QueryClient
beforeEach(() => {
  vi.useFakeTimers()
  queryClient = new QueryClient()
})
afterEach(() => {
  queryClient.clear()
  vi.useRealTimers()
})

describe('React’s first commit', () => {
  it('waits for the answer to the first page’s own request when it comes within its grace', async () => {
    const list = answerLater()
    void queryClient.prefetchQuery({ queryKey: ['invoices', 'pages'], queryFn: () => list.answered })
    const ready = watch(readyForFirstCommit(queryClient, early([['me']])))
    await vi.advanceTimersByTimeAsync(PAGE_ANSWERS_GRACE_MS - 100)
    expect(ready.done).toBe(false)
    list.answer()
    await vi.advanceTimersByTimeAsync(0)
    expect(ready.done).toBe(true)
  })

  it('stops waiting for it when its grace is over, so a slow page gets its skeleton', async () => {
    void queryClient.prefetchQuery({ queryKey: ['statement'], queryFn: () => answerLater().answered })
    const ready = watch(readyForFirstCommit(queryClient, early([['me']])))
    await vi.advanceTimersByTimeAsync(PAGE_ANSWERS_GRACE_MS - 1)
    expect(ready.done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(ready.done).toBe(true)
  })

  it('gives the boot’s own requests their longer grace, not the page’s', async () => {
    const overview = answerLater()
    // The overview's loader joins the boot's request: the same query, so it waits as the boot's does.
    void queryClient.prefetchQuery({ queryKey: ['invoices', 'every'], queryFn: () => overview.answered })
    const ready = watch(readyForFirstCommit(queryClient, early([['invoices', 'every']], overview.answered)))
    await vi.advanceTimersByTimeAsync(PAGE_ANSWERS_GRACE_MS + 100)
    expect(ready.done).toBe(false)
    await vi.advanceTimersByTimeAsync(EARLY_ANSWERS_GRACE_MS - PAGE_ANSWERS_GRACE_MS - 100)
    expect(ready.done).toBe(true)
  })

  it('does not wait at all when everything is in', async () => {
    const ready = watch(readyForFirstCommit(queryClient, early([])))
    await vi.advanceTimersByTimeAsync(0)
    expect(ready.done).toBe(true)
  })
})
