import { useLingui } from '@lingui/react/macro'
import { formatDate, isCalendarDate, NOT_A_DATE } from '@/lib/format/date'

function CalendarDate({ ymd, missing }: { ymd: string | null; missing: string }) {
  if (ymd === null) return <span className="muted">{missing}</span>
  // A value that is not a calendar date is shown as a dash, and not put in a `datetime` attribute.
  if (!isCalendarDate(ymd)) return <>{NOT_A_DATE}</>
  return <time dateTime={ymd}>{formatDate(ymd)}</time>
}

export function ProjectStartDate({ ymd }: { ymd: string | null }) {
  const { t } = useLingui()
  return <CalendarDate ymd={ymd} missing={t`Not scheduled`} />
}

export function ProjectEndDate({ ymd }: { ymd: string | null }) {
  const { t } = useLingui()
  return <CalendarDate ymd={ymd} missing={t`No end date`} />
}
