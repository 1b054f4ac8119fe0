import { Trans, useLingui } from '@lingui/react/macro'
import type { Invoice } from '@/lib/api/types'
import { stripBidiControls } from '@/lib/format/identifier'
import { calendarBlob, writeCalendar } from '../utils/ics'
import { hasDueEvent, invoiceDueEvent } from '../utils/invoice-events'
import { saveBlob } from '../utils/save-blob'
import './invoices.css'

/** "Add to calendar" for one open invoice: an `.ics` with its due date, the same event as the client's whole calendar. */
export function InvoiceCalendarButton({ invoice }: { invoice: Invoice }) {
  const { t } = useLingui()
  if (!hasDueEvent(invoice)) return null
  const save = () => {
    const number = stripBidiControls(invoice.number).text
    const text = writeCalendar([invoiceDueEvent(invoice, window.location.origin)], { name: t`Invoice ${number}` })
    saveBlob(calendarBlob(text), `${number}.ics`)
  }
  return (
    <button type="button" className="button-quiet" onClick={save}>
      <Trans>Add due date to calendar</Trans>
    </button>
  )
}
