import { useQueryClient } from '@tanstack/react-query'
import { ActionButton } from '@/components/ui/action-button'
import { calendarBlob, saveBlob, writeCalendar } from '@/features/invoices'
import { localToday } from '@/lib/format/date'
import { clientCalendarEvents } from '../api/client-calendar'

/** "Add to calendar": an `.ics` of the client's open invoices' due dates and upcoming milestones. */
export function CalendarExportButton({ clientId }: { clientId: string }) {
  const queryClient = useQueryClient()
  const exportCalendar = async () => {
    const events = await clientCalendarEvents(queryClient, clientId, localToday(), window.location.origin)
    saveBlob(calendarBlob(writeCalendar(events, { name: 'Invoice due dates and milestones' })), 'due-dates.ics')
    return events.length
  }
  return (
    <ActionButton
      run={exportCalendar}
      label="Add to calendar"
      busyText="Preparing calendar…"
      doneText={(dates) => `Calendar downloaded with ${dates} dates.`}
      errorText="The calendar could not be prepared."
    />
  )
}
