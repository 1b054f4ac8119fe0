import { runLimited } from './run-limited'

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void }

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Lets every continuation of what has settled run, without a timer: runLimited only awaits promises. */
async function settle(): Promise<void> {
  for (let tick = 0; tick < 20; tick += 1) await Promise.resolve()
}

/** Work that finishes only when the test says so, counting how many calls are in flight at once. */
function controlledWork() {
  const calls: { item: string; index: number; done: Deferred<string> }[] = []
  const state = { inFlight: 0, maxInFlight: 0 }
  const work = (item: string, index: number) => {
    const done = deferred<string>()
    calls.push({ item, index, done })
    state.inFlight += 1
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
    return done.promise.finally(() => {
      state.inFlight -= 1
    })
  }
  return { calls, state, work }
}

/** The promise's outcome so far, read without awaiting it (and so never an unhandled rejection). */
function outcome<T>(promise: Promise<T>) {
  const seen: { settled: boolean; value?: T; error?: unknown } = { settled: false }
  promise.then(
    (value) => Object.assign(seen, { settled: true, value }),
    (error: unknown) => Object.assign(seen, { settled: true, error }),
  )
  return seen
}

const ITEMS = ['a', 'b', 'c', 'd', 'e']

describe('at most `limit` in flight', () => {
  it('starts `limit` at once and another only when one finishes', async () => {
    const { calls, state, work } = controlledWork()
    const run = runLimited(ITEMS, 2, work)
    await settle()
    expect(calls.map((call) => call.item)).toEqual(['a', 'b'])

    calls[1]!.done.resolve('B')
    await settle()
    expect(calls.map((call) => call.item)).toEqual(['a', 'b', 'c'])

    calls[0]!.done.resolve('A')
    await settle()
    expect(calls.map((call) => call.item)).toEqual(['a', 'b', 'c', 'd'])

    calls[2]!.done.resolve('C')
    calls[3]!.done.resolve('D')
    await settle()
    calls[4]!.done.resolve('E')
    await run
    expect(state.maxInFlight).toBe(2)
  })

  it('starts every item at once when the limit is above their number', async () => {
    const { calls, state, work } = controlledWork()
    const run = runLimited(['a', 'b', 'c'], 10, work)
    await settle()
    expect(calls).toHaveLength(3)
    for (const call of calls) call.done.resolve(call.item)
    await expect(run).resolves.toEqual(['a', 'b', 'c'])
    expect(state.maxInFlight).toBe(3)
  })

  it('runs one at a time with a limit of 1', async () => {
    const { calls, state, work } = controlledWork()
    const run = runLimited(['a', 'b', 'c'], 1, work)
    for (let step = 0; step < 3; step += 1) {
      await settle()
      expect(calls).toHaveLength(step + 1)
      calls[step]!.done.resolve(String(step))
    }
    await expect(run).resolves.toEqual(['0', '1', '2'])
    expect(state.maxInFlight).toBe(1)
  })
})

describe('every item, in order', () => {
  it('starts the work in the order of the items, giving each its index', async () => {
    const { calls, work } = controlledWork()
    const run = runLimited(ITEMS, 3, work)
    await settle()
    // Each finished call lets the next item start, so the list grows while it is walked.
    for (let index = 0; index < calls.length; index += 1) {
      calls[index]!.done.resolve(calls[index]!.item)
      await settle()
    }
    await run
    expect(calls.map((call) => [call.item, call.index])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 4],
    ])
  })

  it('answers the results in the order of the items, whichever finishes first', async () => {
    const { calls, work } = controlledWork()
    const run = runLimited(['a', 'b', 'c'], 3, work)
    await settle()
    calls[2]!.done.resolve('C')
    await settle()
    calls[0]!.done.resolve('A')
    await settle()
    calls[1]!.done.resolve('B')
    await expect(run).resolves.toEqual(['A', 'B', 'C'])
  })

  it('answers an empty list without calling the work', async () => {
    const work = vi.fn(() => Promise.resolve('never'))
    await expect(runLimited([], 4, work)).resolves.toEqual([])
    expect(work).not.toHaveBeenCalled()
  })

  it('runs to the end with a signal that is never aborted', async () => {
    const work = (item: string) => Promise.resolve(item.toUpperCase())
    await expect(runLimited(ITEMS, 2, work, new AbortController().signal)).resolves.toEqual(['A', 'B', 'C', 'D', 'E'])
  })
})

describe('a failure', () => {
  it('rejects with the error the work failed with', async () => {
    const failure = new Error('no detail')
    const work = (item: string) => (item === 'c' ? Promise.reject(failure) : Promise.resolve(item))
    await expect(runLimited(ITEMS, 2, work)).rejects.toBe(failure)
  })

  it('counts work that throws before answering a promise as a failure too', async () => {
    const failure = new Error('thrown at once')
    const work = (item: string) => {
      if (item === 'b') throw failure
      return Promise.resolve(item)
    }
    await expect(runLimited(ITEMS, 1, work)).rejects.toBe(failure)
  })

  it('starts no new work once something has failed', async () => {
    const { calls, work } = controlledWork()
    const run = outcome(runLimited(ITEMS, 1, work))
    await settle()
    calls[0]!.done.reject(new Error('failed'))
    await settle()
    expect(calls).toHaveLength(1)
    expect(run.error).toEqual(new Error('failed'))
  })

  it('rejects only once the work already in flight has settled', async () => {
    const { calls, work } = controlledWork()
    const failure = new Error('failed')
    const run = outcome(runLimited(ITEMS, 2, work))
    await settle()
    calls[0]!.done.reject(failure)
    await settle()
    // Item b is still running: the caller must not move on while it does.
    expect(run.settled).toBe(false)
    expect(calls).toHaveLength(2)

    calls[1]!.done.resolve('B')
    await settle()
    expect(run).toEqual({ settled: true, error: failure })
    expect(calls).toHaveLength(2)
  })

  it('rejects with the first failure when several fail', async () => {
    const { calls, work } = controlledWork()
    const first = new Error('first')
    const run = outcome(runLimited(ITEMS, 2, work))
    await settle()
    calls[1]!.done.reject(first)
    await settle()
    calls[0]!.done.reject(new Error('second'))
    await settle()
    expect(run).toEqual({ settled: true, error: first })
  })
})

describe('an abort', () => {
  it('starts no new work, and rejects with the abort’s reason once the work in flight settles', async () => {
    const { calls, work } = controlledWork()
    const controller = new AbortController()
    const reason = new Error('left the page')
    const run = outcome(runLimited(ITEMS, 2, work, controller.signal))
    await settle()
    controller.abort(reason)
    calls[0]!.done.resolve('A')
    await settle()
    expect(calls).toHaveLength(2)
    expect(run.settled).toBe(false)

    calls[1]!.done.resolve('B')
    await settle()
    expect(run).toEqual({ settled: true, error: reason })
    expect(calls).toHaveLength(2)
  })

  it('calls no work at all when the signal is already aborted', async () => {
    const work = vi.fn((item: string) => Promise.resolve(item))
    const controller = new AbortController()
    controller.abort()
    await expect(runLimited(ITEMS, 2, work, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(work).not.toHaveBeenCalled()
  })

  it('still rejects after every item has run, when the abort came during the last one', async () => {
    const { calls, work } = controlledWork()
    const controller = new AbortController()
    const reason = new Error('cancelled')
    const run = outcome(runLimited(['a'], 1, work, controller.signal))
    await settle()
    controller.abort(reason)
    calls[0]!.done.resolve('A')
    await settle()
    expect(run).toEqual({ settled: true, error: reason })
  })

  it('gives way to a failure: the work’s error is what the caller sees', async () => {
    const { calls, work } = controlledWork()
    const controller = new AbortController()
    const failure = new Error('failed')
    const run = outcome(runLimited(ITEMS, 2, work, controller.signal))
    await settle()
    controller.abort(new Error('cancelled'))
    calls[0]!.done.reject(failure)
    calls[1]!.done.resolve('B')
    await settle()
    expect(run).toEqual({ settled: true, error: failure })
  })
})
