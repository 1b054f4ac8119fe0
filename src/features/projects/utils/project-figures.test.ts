import { percentDone, projectMoney, projectTasks } from './project-figures'

const odd = (value: unknown) => value as number

describe('projectMoney', () => {
  it('passes a budget and what was spent, or no fixed budget', () => {
    expect(projectMoney({ budget: 2_500_000, budget_spent: 1_125_000 })).toEqual({ budget: 2_500_000, spent: 1_125_000 })
    expect(projectMoney({ budget: null, budget_spent: 0 })).toEqual({ budget: null, spent: 0 })
    expect(projectMoney({ budget: 9_007_199_254_740_991, budget_spent: 0 })).toEqual({ budget: 9_007_199_254_740_991, spent: 0 })
  })

  it.each([
    [2 ** 60 + 1, 0],
    [2 ** 53, 0],
    [100, 2 ** 60],
    [12.5, 0],
    [-100, 0],
    [100, -1],
    ['2500000', 0],
    [100, null],
    [undefined, 0],
    [Number.NaN, 0],
  ])('makes budget %j with %j spent unavailable', (budget, spent) => {
    expect(projectMoney({ budget: odd(budget), budget_spent: odd(spent) })).toBeNull()
  })
})

describe('projectTasks', () => {
  it('passes counts that can be', () => {
    expect(projectTasks({ completed_task_count: 10, task_count: 24 })).toEqual({ completed: 10, total: 24 })
    expect(projectTasks({ completed_task_count: 0, task_count: 0 })).toEqual({ completed: 0, total: 0 })
    expect(projectTasks({ completed_task_count: 24, task_count: 24 })).toEqual({ completed: 24, total: 24 })
  })

  it.each([
    [10, -5],
    [-1, 5],
    [6, 5],
    [1.5, 5],
    [1, 2 ** 60],
    ['3', 5],
    [1, null],
  ])('makes %j of %j tasks unavailable', (completed, total) => {
    expect(projectTasks({ completed_task_count: odd(completed), task_count: odd(total) })).toBeNull()
  })
})

describe('percentDone', () => {
  it.each([
    [0, 200, 0],
    [0, 5, 0],
    [1, 4, 25],
    [10, 24, 42],
    [5, 8, 63],
    [200, 200, 100],
    [24, 24, 100],
  ])('%d of %d tasks is %d %%', (completed, total, percent) => {
    expect(percentDone({ completed, total })).toBe(percent)
  })

  it('never says 100 % before the last task is done, nor 0 % once one is', () => {
    // 199/200 rounds to 100 and 1/200 to 1 (0.5 rounds up), 1/201 to 0, 200/201 to 100.
    expect(percentDone({ completed: 199, total: 200 })).toBe(99)
    expect(percentDone({ completed: 1, total: 200 })).toBe(1)
    expect(percentDone({ completed: 1, total: 1_000 })).toBe(1)
    expect(percentDone({ completed: 999, total: 1_000 })).toBe(99)
    expect(percentDone({ completed: 1, total: 201 })).toBe(1)
    expect(percentDone({ completed: 200, total: 201 })).toBe(99)
  })
})
