import { act, renderHook } from '@testing-library/react'
import { PROGRESS_INTERVAL_MS, reportStatementProgress, statementProgressKey, useStatementProgress, type StatementProgress } from './statement-progress'

const key = statementProgressKey('client_a', '2026-12-04')

function report(statement: string, progress: StatementProgress | null) {
  act(() => {
    reportStatementProgress(statement, progress)
  })
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  report(key, null)
  advance(PROGRESS_INTERVAL_MS)
  vi.useRealTimers()
})

describe('a statement’s progress', () => {
  it('reaches the screen at most once an interval, with the latest count', () => {
    let renders = 0
    const { result } = renderHook(() => {
      renders += 1
      return useStatementProgress(key)
    })
    const before = renders
    act(() => {
      for (let done = 0; done <= 40; done += 1) reportStatementProgress(key, { done, total: 100 })
    })
    expect(result.current).toBeNull()
    advance(PROGRESS_INTERVAL_MS)
    expect(result.current).toEqual({ done: 40, total: 100 })
    expect(renders - before).toBe(1)

    report(key, { done: 41, total: 100 })
    advance(PROGRESS_INTERVAL_MS - 1)
    expect(result.current).toEqual({ done: 40, total: 100 })
    advance(1)
    expect(result.current).toEqual({ done: 41, total: 100 })
  })

  it('shows nothing of a statement that ends within the interval', () => {
    const { result } = renderHook(() => useStatementProgress(key))
    act(() => {
      reportStatementProgress(key, { done: 0, total: 3 })
      reportStatementProgress(key, { done: 3, total: 3 })
      reportStatementProgress(key, null)
    })
    advance(PROGRESS_INTERVAL_MS)
    expect(result.current).toBeNull()
  })

  it('keeps each statement’s count to its own client and end date', () => {
    const other = statementProgressKey('client_b', '2026-12-04')
    const { result } = renderHook(() => [useStatementProgress(key), useStatementProgress(other)])
    report(other, { done: 2, total: 9 })
    advance(PROGRESS_INTERVAL_MS)
    expect(result.current).toEqual([null, { done: 2, total: 9 }])
    report(other, null)
    advance(PROGRESS_INTERVAL_MS)
    expect(result.current).toEqual([null, null])
  })
})
