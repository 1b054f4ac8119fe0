import ICAL from 'ical.js'
import { calendarBlob, escapeText, foldLine, writeCalendar } from './ics'

const octets = (text: string) => new TextEncoder().encode(text).length

describe('the iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\u202Ei')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'hi')
  })

  it('folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'x'.repeat(60)}日本語${'€'.repeat(30)}`
    const folded = foldLine(line)
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').slice(1).every((physical) => physical.startsWith(' '))).toBe(true)
    expect(folded.replaceAll('\r\n ', '')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
    expect(foldLine('SHORT:1')).toBe('SHORT:1')
  })

  it('writes all-day events with CRLF line ends that a real parser reads back, hostile text intact', () => {
    const summary = 'Invoice INV;2026,01 due: ¥13,200\\ — <img src=x onerror=alert(1)> ' + 'long '.repeat(30)
    const text = writeCalendar(
      [
        { uid: 'invoice-due-inv_1@nextoria-portal', date: '2026-12-31', summary, description: 'line one\nline two', url: 'https://portal.example/invoices/inv_1' },
        { uid: 'milestone-ms_1@nextoria-portal', date: '2027-02-28', summary: 'Launch' },
      ],
      { name: 'Due dates', now: new Date('2026-12-01T10:00:00Z') },
    )
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)

    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.map((event) => event.uid)).toEqual(['invoice-due-inv_1@nextoria-portal', 'milestone-ms_1@nextoria-portal'])
    expect(events[0]!.summary).toBe(summary)
    expect(events[0]!.description).toBe('line one\nline two')
    expect(events[0]!.startDate.isDate).toBe(true)
    expect(events[0]!.startDate.toString()).toBe('2026-12-31')
    expect(events[0]!.endDate.toString()).toBe('2027-01-01')
    expect(events[1]!.endDate.toString()).toBe('2027-03-01')
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://portal.example/invoices/inv_1')
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T10:00:00Z')
  })

  it('gives a later export a sequence at least as high, so calendars that compare it take the update', () => {
    const sequence = (now: Date) => Number(/SEQUENCE:(\d+)/.exec(writeCalendar([{ uid: 'u', date: '2026-12-31', summary: 's' }], { name: 'n', now }))![1])
    expect(sequence(new Date('2026-12-02T00:00:00Z'))).toBeGreaterThan(sequence(new Date('2026-12-01T00:00:00Z')))
  })
})

describe('the iCalendar writer, line by line', () => {
  it('writes a calendar exactly: header, each event with its next day as the end, and only the parts it has', () => {
    const text = writeCalendar(
      [
        { uid: 'invoice-due-inv_1@nextoria-portal', date: '2028-02-28', summary: 'Due, soon', description: 'a;b', url: 'https://portal.example/a b\nc' },
        { uid: 'u;2', date: '2026-12-31', summary: 'Plain' },
      ],
      { name: 'Due dates, all', now: new Date('2026-12-01T10:00:30.123Z') },
    )
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Nextoria Portal//Client calendar//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Due dates\\, all',
        'BEGIN:VEVENT',
        'UID:invoice-due-inv_1@nextoria-portal',
        'DTSTAMP:20261201T100030Z',
        'SEQUENCE:935320',
        'DTSTART;VALUE=DATE:20280228',
        'DTEND;VALUE=DATE:20280229',
        'SUMMARY:Due\\, soon',
        'TRANSP:TRANSPARENT',
        'DESCRIPTION:a\\;b',
        'URL:https://portal.example/a%20b%0Ac',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:u\\;2',
        'DTSTAMP:20261201T100030Z',
        'SEQUENCE:935320',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Plain',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    )
  })

  it('never writes a negative sequence, whatever the clock says', () => {
    const text = writeCalendar([{ uid: 'u', date: '2026-12-31', summary: 's' }], { name: 'n', now: new Date(0) })
    expect(text).toContain('\r\nSEQUENCE:0\r\n')
  })

  it('writes an empty calendar with no event', () => {
    const text = writeCalendar([], { name: 'n', now: new Date('2026-12-01T10:00:00Z') })
    expect(text).not.toContain('BEGIN:VEVENT')
    expect(text.endsWith('X-WR-CALNAME:n\r\nEND:VCALENDAR\r\n')).toBe(true)
  })

  it('folds a line of 76 octets after 75, and continuation lines after 74 more', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`)
    expect(foldLine('')).toBe('')
  })

  it('counts octets, not characters: a character that does not fit moves to the next line whole', () => {
    // 74 ASCII octets and a 2-octet é make 76: the é starts the continuation line.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`)
  })

  it('is a text/calendar download in UTF-8', () => {
    const blob = calendarBlob('é\r\n')
    expect(blob.type).toBe('text/calendar;charset=utf-8')
    // é is two octets in UTF-8.
    expect(blob.size).toBe(4)
  })
})
