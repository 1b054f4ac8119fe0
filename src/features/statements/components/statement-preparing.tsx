import { Trans, useLingui } from '@lingui/react/macro'
import { useId } from 'react'
import { Skeleton } from '@/components/ui/skeleton'
import { displayLocale } from '@/lib/format/display-locale'
import { statementProgressKey, useStatementProgress } from '../api/statement-progress'
import './statement.css'

type Props = { clientId: string; to: string }

/**
 * What the page shows while a statement is prepared: its placeholder, and, once the payment dates are
 * being looked up one invoice at a time, how many have come back. The count is not announced as it
 * changes (it would talk over everything); the bar carries it for whoever asks.
 */
export function StatementPreparing({ clientId, to }: Props) {
  const { t } = useLingui()
  const progress = useStatementProgress(statementProgressKey(clientId, to))
  const id = useId()
  const format = new Intl.NumberFormat(displayLocale())
  const done = progress && format.format(progress.done)
  const total = progress && format.format(progress.total)
  return (
    <>
      {progress && (
        <div className="export-progress">
          <label htmlFor={id}>
            <Trans>
              Looking up payment dates: {done} of {total}
            </Trans>
          </label>
          <progress id={id} max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}
      <Skeleton label={t`Preparing your statement`} />
    </>
  )
}
