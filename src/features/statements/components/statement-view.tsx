import { Trans } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { saveBlob } from '@/features/invoices'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { formatDate } from '@/lib/format/date'
import { statementQueries } from '../api/statement-queries'
import { buildStatement } from '../utils/statement'
import { statementCsv, statementFilename } from '../utils/statement-csv'
import { CurrencyStatementSection } from './currency-statement'
import './statement.css'

type Props = { clientId: string; from: string; to: string; today: string }

/** The statement for a period, per currency, with its CSV and a print button. */
export function StatementView({ clientId, from, to, today }: Props) {
  const queryClient = useQueryClient()
  const { data } = usePrefetchedQuery(statementQueries.ledger(queryClient, clientId, to))
  const statement = useMemo(() => buildStatement(data.invoices, data.paymentDates, { from, to }, today), [data, from, to, today])

  const downloadCsv = () => {
    saveBlob(new Blob([statementCsv(statement)], { type: 'text/csv;charset=utf-8' }), statementFilename(statement))
  }

  const fromText = formatDate(from)
  const toText = formatDate(to)
  return (
    <div className="statement">
      <p className="statement-period-text">
        <Trans>
          From <bdi>{fromText}</bdi> to <bdi>{toText}</bdi>
        </Trans>
      </p>
      <div className="statement-actions no-print">
        <button type="button" className="button-quiet" onClick={downloadCsv}>
          <Trans>Download CSV</Trans>
        </button>
        <button type="button" className="button-quiet" onClick={() => window.print()}>
          <Trans>Print</Trans>
        </button>
      </div>
      {statement.currencies.length === 0 ? (
        <p>
          <Trans>No invoices or payments in this period, and nothing owed from before it.</Trans>
        </p>
      ) : (
        statement.currencies.map((entry) => <CurrencyStatementSection key={entry.currency} entry={entry} asOf={statement.asOf} />)
      )}
    </div>
  )
}
