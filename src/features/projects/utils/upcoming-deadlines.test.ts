import type { Milestone } from '@/lib/api/types'
import { upcomingDeadlines } from './upcoming-deadlines'

const milestone = (id: string, due_date: string | null, status: Milestone['status'] = 'pending'): Milestone => ({
  id,
  name: `Milestone ${id}`,
  due_date,
  status,
  completed_at: status === 'completed' ? `${due_date ?? '2026-01-01'}T16:00:00Z` : null,
})

describe('upcomingDeadlines', () => {
  const today = '2026-03-10'

  it('keeps unfinished, dated milestones due today or later, and the end date, soonest first', () => {
    const milestones = [
      milestone('late', '2026-03-09'),
      milestone('today', '2026-03-10', 'in_progress'),
      milestone('done', '2026-03-20', 'completed'),
      milestone('undated', null),
      milestone('later', '2026-04-01'),
      milestone('same-day-as-end', '2026-03-15'),
    ]
    const deadlines = upcomingDeadlines({ end_date: '2026-03-15' }, milestones, today)
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['today', '2026-03-10'],
      ['same-day-as-end', '2026-03-15'],
      ['project-end', '2026-03-15'],
      ['later', '2026-04-01'],
    ])
  })

  it('leaves out an end date that has passed, and one that is not set', () => {
    expect(upcomingDeadlines({ end_date: '2026-03-09' }, [], today)).toEqual([])
    expect(upcomingDeadlines({ end_date: null }, [], today)).toEqual([])
  })

  it('leaves out a milestone or an end date that is not a calendar date, which no one can meet', () => {
    const milestones = [milestone('soon', 'soon'), milestone('bad-day', '2026-02-30'), milestone('later', '2026-04-01')]
    const deadlines = upcomingDeadlines({ end_date: 'not-a-date' }, milestones, today)
    expect(deadlines.map((d) => d.key)).toEqual(['later'])
  })

  it('counts an end date of today, and tells it from the milestones by its flag and label', () => {
    const deadlines = upcomingDeadlines({ end_date: today }, [milestone('m1', today)], today)
    expect(deadlines).toEqual([
      { key: 'm1', label: 'Milestone m1', date: today, isProjectEnd: false },
      { key: 'project-end', label: 'Project end date', date: today, isProjectEnd: true },
    ])
  })
})
