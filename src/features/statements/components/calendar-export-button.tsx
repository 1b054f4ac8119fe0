import { useMutation, useQueryClient } from '@tanstack/react-query'
import { calendarBlob, saveBlob, writeCalendar } from '@/features/invoices'
import { localToday } from '@/lib/format/date'
import { clientCalendarEvents } from '../api/client-calendar'
import './statement.css'

/** "Add to calendar": an `.ics` of the client's open invoices' due dates and upcoming milestones. */
export function CalendarExportButton({ clientId }: { clientId: string }) {
  const queryClient = useQueryClient()
  const download = useMutation({
    mutationFn: async () => {
      const events = await clientCalendarEvents(queryClient, clientId, localToday(), window.location.origin)
      saveBlob(calendarBlob(writeCalendar(events, { name: 'Invoice due dates and milestones' })), 'due-dates.ics')
      return events.length
    },
  })
  const busy = download.isPending
  const start = () => {
    if (!busy) download.mutate()
  }
  return (
    <div className="calendar-export">
      <button type="button" className="button-quiet" aria-disabled={busy || undefined} onClick={start}>
        {busy ? 'Preparing calendar…' : 'Add to calendar'}
      </button>
      <p role="status" className="visually-hidden">
        {busy ? 'Preparing calendar…' : download.isSuccess ? `Calendar downloaded with ${download.data} dates.` : ''}
      </p>
      {download.isError && (
        <p role="alert" className="statement-error">
          The calendar could not be prepared.{' '}
          <button type="button" className="button-quiet" onClick={start}>
            Try again
          </button>
        </p>
      )}
    </div>
  )
}
