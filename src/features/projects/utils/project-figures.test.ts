import { projectMoney, projectTasks } from './project-figures'

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
