import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { usePrefetchedQueries } from '@/lib/api/prefetched-query'
import { formatMonth, formatMonthShort } from '@/lib/format/date'
import { allInvoices, overviewQueries } from '../api/overview-queries'
import { currenciesBilled, lastTwelveMonths, monthlySums } from '../utils/billing-months'
import { BillingChart, type MonthFigures } from './billing-chart'
import { BillingTable } from './billing-table'

/** The last 12 months of billing, one currency at a time: amounts in different currencies never share an axis. */
export function BillingHistory({ clientId, today }: { clientId: string; today: string }) {
  const { t } = useLingui()
  const months = lastTwelveMonths(today)
  const billed = usePrefetchedQueries({ queries: overviewQueries.billed(clientId), combine: allInvoices })
  const currencies = currenciesBilled(billed, months)
  const [chosen, setChosen] = useState<string | null>(null)
  const [showTable, setShowTable] = useState(false)
  const tableId = useId()
  const currency = chosen && currencies.includes(chosen) ? chosen : currencies[0]

  if (!currency) return <EmptyState title={t`Nothing billed in the last 12 months.`} />

  const figures: MonthFigures[] = monthlySums(billed, months, currency).map((sums) => ({
    ...sums,
    label: formatMonth(sums.month),
    axisLabel: formatMonthShort(sums.month),
  }))
  const firstMonth = figures[0]?.label
  const lastMonth = figures.at(-1)?.label

  return (
    <div className="billing-history">
      {currencies.length > 1 && (
        <fieldset className="currency-choice">
          <legend>
            <Trans>Currency</Trans>
          </legend>
          {currencies.map((c) => (
            <label key={c}>
              <input type="radio" name="billing-currency" value={c} checked={c === currency} onChange={() => setChosen(c)} />{' '}
              {c}
            </label>
          ))}
        </fieldset>
      )}
      <p className="chart-legend" aria-hidden="true">
        <span className="legend-billed" /> <Trans>Billed</Trans> <span className="legend-paid" /> <Trans>Paid (striped)</Trans>
      </p>
      <p className="muted chart-period">
        <Trans>
          <bdi>{firstMonth}</bdi> to <bdi>{lastMonth}</bdi>, by month of issue
        </Trans>
      </p>
      <BillingChart months={figures} currency={currency} />
      <button type="button" className="button-quiet" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
        {showTable ? <Trans>Hide the figures</Trans> : <Trans>Show the figures as a table</Trans>}
      </button>
      <div id={tableId} className={showTable ? undefined : 'visually-hidden'}>
        <BillingTable months={figures} currency={currency} />
      </div>
    </div>
  )
}
