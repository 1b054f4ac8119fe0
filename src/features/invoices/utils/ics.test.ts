import ICAL from 'ical.js'
import { escapeText, foldLine, writeCalendar } from './ics'

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
