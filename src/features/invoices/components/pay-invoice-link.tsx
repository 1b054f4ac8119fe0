import { Trans } from '@lingui/react/macro'
import { useId } from 'react'
import './invoices.css'

type Props = { href: string; amount: string; onOpen: () => void }

/** Opens the hosted checkout in a new tab, so the portal is still here, and refreshes, on return. */
export function PayInvoiceLink({ href, amount, onOpen }: Props) {
  const noteId = useId()
  return (
    <div className="pay-panel">
      <a
        className="button-primary pay-link"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={noteId}
        onClick={onOpen}
        onAuxClick={onOpen}
      >
        <Trans>
          Pay <bdi>{amount}</bdi>
        </Trans>
      </a>
      <p id={noteId} className="muted">
        <Trans>Opens a secure checkout in a new tab.</Trans>
      </p>
    </div>
  )
}
