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
        Pay {amount}
      </a>
      <p id={noteId} className="muted">
        Opens a secure checkout in a new tab.
      </p>
    </div>
  )
}
