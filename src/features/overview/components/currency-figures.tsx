import type { CurrencyTotals } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'

/** One figure per currency, never a sum across them; `none` when there is nothing to show. */
export function CurrencyFigures({
  totals,
  pick,
  detail,
  none,
}: {
  totals: CurrencyTotals[]
  pick: (t: CurrencyTotals) => number
  detail?: (t: CurrencyTotals) => string
  none: string
}) {
  const shown = totals.filter((t) => pick(t) > 0)
  if (shown.length === 0) return <p className="figure-none">{none}</p>
  return (
    <ul className="figures">
      {shown.map((t) => (
        <li key={t.currency}>
          <span className="figure">{formatMoney(pick(t), t.currency)}</span>
          {detail && <span className="figure-detail">{detail(t)}</span>}
        </li>
      ))}
    </ul>
  )
}
