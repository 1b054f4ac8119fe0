import { plural } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { ActionButton } from '@/components/ui/action-button'

/** "Add to calendar": an `.ics` of the client's open invoices' due dates and upcoming milestones. */
export function CalendarExportButton({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const queryClient = useQueryClient()
  const exportCalendar = async () => {
    const { exportClientCalendar } = await import('../api/export-client-calendar')
    return exportClientCalendar(queryClient, clientId, t`Invoice due dates and milestones`)
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
