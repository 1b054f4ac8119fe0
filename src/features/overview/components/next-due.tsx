import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { dueHint, formatDate, localToday } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { overviewQueries } from '../api/overview-queries'

export function NextDue() {
  const { data } = useSuspenseQuery(overviewQueries.nextDue())
  const next = data.data[0]
  if (!next) return <p className="figure-none">No invoice is waiting to be paid.</p>
  return (
    <div>
      <p className="figure">{formatMoney(next.total - next.amount_paid, next.currency)}</p>
      <p className="figure-detail">
        <Link to={`/invoices/${next.id}`}>Invoice {next.number}</Link>, {dueHint(next.due_date, localToday())} (
        {formatDate(next.due_date)})
      </p>
    </div>
  )
}
