import { formatMoney } from '@/lib/format/money'
import './projects.css'

type Props = { budget: number | null; spent: number; currency: string }

/** Spent against budget in the workspace currency; an overrun is said in words, not only in red. */
export function ProjectBudget({ budget, spent, currency }: Props) {
  const spentText = formatMoney(spent, currency)
  if (budget === null) {
    return (
      <span className="project-budget">
        <span>No fixed budget</span>
        <span className="muted">{spentText} spent</span>
      </span>
    )
  }
  return (
    <span className="project-budget">
      <span>
        {spentText} of {formatMoney(budget, currency)} spent
      </span>
      {spent > budget && (
        <span className="project-over-budget">Over budget by {formatMoney(spent - budget, currency)}</span>
      )}
    </span>
  )
}
