import { stripBidiControls } from '@/lib/format/identifier'

/*
 * A small iCalendar writer (RFC 5545) for all-day events, which is all the portal exports: CRLF line
 * ends, content lines folded at 75 octets (never inside a UTF-8 sequence), TEXT values escaped. No
 * library here: ical.js, the well-kept one, is 23 kB gzipped (78 kB minified) for what is forty lines;
 * the tests read these files back with it.
 */

export type CalendarEvent = {
  /** Stable across exports, so importing again updates the event instead of adding a second one. */
  uid: string
  /** The all-day event's day, `YYYY-MM-DD`. */
  date: string
  summary: string
  description?: string
  url?: string
}

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return stripBidiControls(value)
    .text.replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}]/gu, (char) => (char === '\n' ? char : ''))
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
}

/** Folds a content line so no physical line exceeds 75 octets (§3.1); continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basicDate = (ymd: string) => ymd.replaceAll('-', '')

function nextDay(ymd: string): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** A URI value: no line breaks or spaces can reach the file, whatever the input. */
const uriValue = (url: string) => url.replace(/[\s\p{Cc}]/gu, (char) => encodeURIComponent(char))

export function writeCalendar(events: readonly CalendarEvent[], options: { name: string; now?: Date }): string {
  const now = options.now ?? new Date()
  // A sequence that only grows from one export to the next: calendars that want a higher SEQUENCE
  // before they replace an event (Outlook) update it too.
  const sequence = Math.floor(now.getTime() / 60_000) - 29_000_000
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nextoria Portal//Client calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utcStamp(now)}`,
      `SEQUENCE:${Math.max(sequence, 0)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      'TRANSP:TRANSPARENT',
    )
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    if (event.url) lines.push(`URL:${uriValue(event.url)}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

/** An `.ics` download, ready for `saveBlob`. */
export const calendarBlob = (text: string) => new Blob([text], { type: 'text/calendar;charset=utf-8' })
