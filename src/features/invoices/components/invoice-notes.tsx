import { Trans } from '@lingui/react/macro'
import './invoices.css'

/** The agency's notes, as plain text: they may hold anything, links and markup included. */
export function InvoiceNotes({ notes }: { notes: string | null }) {
  if (!notes) return null
  return (
    <section aria-labelledby="invoice-notes-heading">
      <h2 id="invoice-notes-heading">
        <Trans>Notes</Trans>
      </h2>
      <p className="invoice-notes">{notes}</p>
    </section>
  )
}
