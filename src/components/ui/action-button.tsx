import { Trans } from '@lingui/react/macro'
import { useRef, useState } from 'react'
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
  // Plain state rather than a mutation: the overview shows one of these, and React Query's mutation
  // machinery would be in its first load for it alone.
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'error' } | { status: 'done'; result: T }>({ status: 'idle' })
  // A second press before the first re-render must not start the work twice.
  const running = useRef(false)
  const busy = state.status === 'busy'
  const start = () => {
    if (running.current) return
    running.current = true
    setState({ status: 'busy' })
    run().then(
      (result) => setState({ status: 'done', result }),
      () => setState({ status: 'error' }),
    ).finally(() => {
      running.current = false
    })
  }
  return (
    <div className="action-button">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus while the work runs. */}
      <button type="button" className="button-quiet" aria-disabled={busy || undefined} onClick={start}>
        {busy ? busyText : label}
      </button>
      <p role="status" className="visually-hidden">
        {busy ? busyText : state.status === 'done' ? doneText(state.result) : ''}
      </p>
      {state.status === 'error' && (
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
