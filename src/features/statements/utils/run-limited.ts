/**
 * Runs `work` on every item with at most `limit` in flight, in order of the items, and answers the
 * results in the same order. An abort stops starting new work; a failure rejects once the work already
 * in flight has settled, so nothing keeps running behind the caller's back.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (next < items.length && !failure && !signal?.aborted) {
      const index = next++
      try {
        results[index] = await work(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
  signal?.throwIfAborted()
  return results
}
