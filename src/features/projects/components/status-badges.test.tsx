import { render, screen } from '@testing-library/react'
import { I18nWrapper } from '@/test/i18n-wrapper'
import { MilestoneStatusBadge } from './milestone-status-badge'
import { ProjectStatusBadge } from './project-status-badge'

describe('the project and milestone status badges', () => {
  it('name the statuses they know', () => {
    render(
      <>
        <ProjectStatusBadge status="review" />
        <MilestoneStatusBadge status="pending" />
      </>,
      { wrapper: I18nWrapper },
    )
    expect(screen.getByText('In review')).toHaveClass('badge-warning')
    expect(screen.getByText('Not started')).toHaveClass('badge-neutral')
  })

  it.each([['on_hold'], ['blocked'], ['constructor'], ['__proto__'], ['hasOwnProperty']])('show %j as a neutral "Unknown status"', (status) => {
    render(
      <>
        <ProjectStatusBadge status={status as never} />
        <MilestoneStatusBadge status={status as never} />
      </>,
      { wrapper: I18nWrapper },
    )
    const badges = screen.getAllByText('Unknown status')
    expect(badges).toHaveLength(2)
    for (const badge of badges) expect(badge).toHaveClass('badge-neutral')
  })
})
