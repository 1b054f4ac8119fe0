import { formatDate } from '@/lib/format/date'

function CalendarDate({ ymd, missing }: { ymd: string | null; missing: string }) {
  if (ymd === null) return <span className="muted">{missing}</span>
  return <time dateTime={ymd}>{formatDate(ymd)}</time>
}

export function ProjectStartDate({ ymd }: { ymd: string | null }) {
  return <CalendarDate ymd={ymd} missing="Not scheduled" />
}

export function ProjectEndDate({ ymd }: { ymd: string | null }) {
  return <CalendarDate ymd={ymd} missing="No end date" />
}
