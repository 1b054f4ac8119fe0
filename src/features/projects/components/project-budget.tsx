import { Trans } from '@lingui/react/macro'
import { formatMoney } from '@/lib/format/money'
import { projectMoney } from '../utils/project-figures'
import './projects.css'

type Props = { budget: number | null; spent: number; currency: string }

/**
 * Spent against budget in the workspace currency; an overrun is said in words, not only in red. A
 * budget or spend that cannot be a right figure (2^60 + 1, negative, a string) shows as unavailable.
 */
export function ProjectBudget({ budget: sentBudget, spent: sentSpent, currency }: Props) {
  const money = projectMoney({ budget: sentBudget, budget_spent: sentSpent })
  if (money === null) {
    return (
      <span className="project-budget muted">
        <Trans>Budget unavailable</Trans>
      </span>
    )
  }
  const { budget, spent } = money
  const spentText = formatMoney(spent, currency)
  if (budget === null) {
    return (
      <span className="project-budget">
        <span>
          <Trans>No fixed budget</Trans>
        </span>
        <span className="muted">
          <Trans>{spentText} spent</Trans>
        </span>
      </span>
    )
  }
  const budgetText = formatMoney(budget, currency)
  const overText = formatMoney(spent - budget, currency)
  return (
    <span className="project-budget">
      <span>
        <Trans>
          {spentText} of {budgetText} spent
        </Trans>
      </span>
      {spent > budget && (
        <span className="project-over-budget">
          <Trans>Over budget by {overText}</Trans>
        </span>
      )}
    </span>
  )
}
