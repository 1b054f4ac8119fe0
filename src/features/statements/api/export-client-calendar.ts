import type { QueryClient } from '@tanstack/react-query'
import { calendarBlob, saveBlob, writeCalendar } from '@/features/invoices'
import { localToday } from '@/lib/format/date'
import { clientCalendarEvents } from './client-calendar'

/**
 * The client's calendar written and saved as `due-dates.ics`; resolves to the number of dates in it.
 * Its own module, imported when the client asks for it: the overview shows the button, and a first
 * load need not carry the calendar's code.
 */
export async function exportClientCalendar(queryClient: QueryClient, clientId: string, calendarName: string): Promise<number> {
  const events = await clientCalendarEvents(queryClient, clientId, localToday(), window.location.origin)
  saveBlob(calendarBlob(writeCalendar(events, { name: calendarName })), 'due-dates.ics')
  return events.length
}
