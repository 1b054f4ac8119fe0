import { Trans } from '@lingui/react/macro'
import { useMutation } from '@tanstack/react-query'
import './action-button.css'

interface ActionButtonProps<T> {
  /** The work a press starts: a download, an export. */
  run: () => Promise<T>
  label: string
  busyText: string
  /** Announced when the work is done, e.g. "PDF downloaded." */
  doneText: (result: T) => string
  /** The start of the alert shown when the work fails, before its "Try again". */
  errorText: string
}

/**
 * A button for work that takes a while and may fail: it says it is busy, announces when it is done,
 * and on failure shows an alert with a way to try again.
 */
export function ActionButton<T>({ run, label, busyText, doneText, errorText }: ActionButtonProps<T>) {
  const action = useMutation({ mutationFn: run })
  const busy = action.isPending
  const start = () => {
    if (!busy) action.mutate()
  }
  return (
    <div className="action-button">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus while the work runs. */}
      <button type="button" className="button-quiet" aria-disabled={busy || undefined} onClick={start}>
        {busy ? busyText : label}
      </button>
      <p role="status" className="visually-hidden">
        {busy ? busyText : action.isSuccess ? doneText(action.data) : ''}
      </p>
      {action.isError && (
        <p role="alert" className="action-button-error">
          {errorText}{' '}
          <button type="button" className="button-quiet" onClick={start}>
            <Trans>Try again</Trans>
          </button>
        </p>
      )}
    </div>
  )
}
