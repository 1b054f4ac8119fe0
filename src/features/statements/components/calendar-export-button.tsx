import { plural } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { ActionButton } from '@/components/ui/action-button'
import { calendarBlob, saveBlob, writeCalendar } from '@/features/invoices'
import { localToday } from '@/lib/format/date'
import { clientCalendarEvents } from '../api/client-calendar'

/** "Add to calendar": an `.ics` of the client's open invoices' due dates and upcoming milestones. */
export function CalendarExportButton({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const queryClient = useQueryClient()
  const exportCalendar = async () => {
    const events = await clientCalendarEvents(queryClient, clientId, localToday(), window.location.origin)
    saveBlob(calendarBlob(writeCalendar(events, { name: t`Invoice due dates and milestones` })), 'due-dates.ics')
    return events.length
  }
  return (
    <ActionButton
      run={exportCalendar}
      label={t`Add to calendar`}
      busyText={t`Preparing calendar…`}
      doneText={(dates) => plural(dates, { one: 'Calendar downloaded with # date.', other: 'Calendar downloaded with # dates.' })}
      errorText={t`The calendar could not be prepared.`}
    />
  )
}
