import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { db } from '../../mocks/db'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, visibleInvoicesOf } from '@/test/seed-facts'
import { captureDownloads } from '@/test/capture-downloads'
import { signInAs } from '@/test/sign-in-as'

/* The expected events come from the fake API's tables; the file is read back by a real parser (ical.js). */

const pad = (n: number) => String(n).padStart(2, '0')
const today = (() => {
  const now = new Date()
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
})()

function readBlobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"))
    reader.readAsText(blob)
  })
}

async function eventsOf(blob: Blob) {
  const text = await readBlobText(blob)
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      url: String(vevent.getFirstPropertyValue('url')),
    }
  })
}

function expectedEvents(clientId: string) {
  const invoices = visibleInvoicesOf(clientId)
    .filter((inv) => isOpen(inv.status) && dueOf(inv) > 0)
    .map((inv) => ({ date: inv.due_date, title: `Invoice ${inv.number} due: ${money(dueOf(inv), inv.currency)}`, path: `/invoices/${inv.id}` }))
  const projects = db.projects.filter((p) => p.client_id === clientId && p.invited)
  const milestones = projects.flatMap((project) =>
    db.milestones
      .filter((m) => m.project_id === project.id && m.status !== 'completed' && m.due_date !== null && m.due_date >= today)
      .map((m) => ({ date: m.due_date!, title: `${project.name}: ${m.name}`, path: `/projects/${project.id}` })),
  )
  return [...invoices, ...milestones]
}

const sortKey = (e: { date: string; title: string }) => `${e.date} ${e.title}`

describe('“Add to calendar”', () => {
  it('downloads the ordinary client’s open invoices’ due dates and upcoming milestones, and a second export keeps the UIDs', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    signInAs(SEED.users.ordinary)
    renderRoute('/')
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]!.name).toBe('due-dates.ics')
    const events = await eventsOf(saved[0]!.blob)

    const expected = expectedEvents(SEED.clients.ordinary)
    expect(expected.some((e) => e.path.startsWith('/invoices/'))).toBe(true)
    expect(expected.some((e) => e.path.startsWith('/projects/'))).toBe(true)
    expect(events.map((e) => ({ date: e.start, title: e.summary, path: new URL(e.url).pathname })).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    )
    expect(events.every((e) => e.allDay)).toBe(true)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)

    await user.click(screen.getByRole('button', { name: 'Add to calendar' }))
    await waitFor(() => expect(saved).toHaveLength(2))
    const again = await eventsOf(saved[1]!.blob)
    expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort())
  })

  it('downloads one open invoice’s due date from its page, as the same event (same UID) as in the whole calendar', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    signInAs(SEED.users.ordinary)
    const open = visibleInvoicesOf(SEED.clients.ordinary).find((inv) => isOpen(inv.status) && dueOf(inv) > 0)!
    const view = renderRoute(`/invoices/${open.id}`)
    await user.click(await screen.findByRole('button', { name: 'Add due date to calendar' }))
    expect(saved.map((file) => file.name)).toEqual([`${open.number}.ics`])
    const [event, ...rest] = await eventsOf(saved[0]!.blob)
    expect(rest).toEqual([])
    expect(event).toMatchObject({ start: open.due_date, summary: `Invoice ${open.number} due: ${money(dueOf(open), open.currency)}` })

    await act(() => view.router.navigate('/'))
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }))
    await waitFor(() => expect(saved).toHaveLength(2))
    expect((await eventsOf(saved[1]!.blob)).filter((e) => e.uid === event!.uid)).toHaveLength(1)
  })

  it('offers no calendar entry on a paid invoice’s page', async () => {
    signInAs(SEED.users.ordinary)
    const paid = visibleInvoicesOf(SEED.clients.ordinary).find((inv) => inv.status === 'paid')!
    renderRoute(`/invoices/${paid.id}`)
    expect(await screen.findByRole('button', { name: 'Download PDF' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add due date to calendar' })).toBeNull()
  })
})
