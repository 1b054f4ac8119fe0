import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { enableScenario } from '../../mocks/scenarios/enable-scenario'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'
import { loadedAtText } from './refresh-status-banner'

const unavailable = () =>
  untypedHttp.get('*/v1/invoices', () => HttpResponse.json({ error: { code: 'unavailable', message: 'Down' } }, { status: 503 }))

const REFRESH_FAILED = /We couldn’t refresh this page/
const OFFLINE = 'You’re offline. What you see may be out of date; we’ll update when you’re back.'

async function loadInvoices() {
  signInAs(SEED.users.ordinary)
  const before = Date.now()
  const view = renderRoute('/invoices')
  const table = await screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
  const loadedAt = [loadedAtText(before), loadedAtText(Date.now())]
  return { view, table, rows: table.tBodies[0]!.rows.length, loadedAt }
}

describe('the refresh status banner', () => {
  afterEach(() => onlineManager.setOnline(true))

  it('stays quiet when a first load fails: that is the panel’s own error, with its retry', async () => {
    server.use(unavailable())
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')
    const error = await screen.findByRole('alert')
    expect(error).toHaveTextContent('Your invoices could not be loaded')
    expect(within(error).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    expect(screen.queryByText(REFRESH_FAILED)).not.toBeInTheDocument()
  })

  it('keeps what is on screen when a refresh fails, says since when, and tries again on request', async () => {
    const user = userEvent.setup()
    const { view, table, rows, loadedAt } = await loadInvoices()

    server.use(unavailable())
    await act(() => view.queryClient.invalidateQueries())

    const banner = await screen.findByText(REFRESH_FAILED)
    expect(banner).toHaveTextContent(/You’re seeing what we loaded at (.+)\. We’ll keep trying\./)
    expect(loadedAt).toContain(/loaded at (.+)\. We’ll/.exec(banner.textContent)![1])
    expect(table).toBeInTheDocument()
    expect(table.tBodies[0]!.rows).toHaveLength(rows)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again now' }))
    await vi.waitFor(() => expect(screen.queryByText(REFRESH_FAILED)).not.toBeInTheDocument())
    // The button went away with the problem; focus stays in the content instead of falling to the page top.
    expect(screen.getByRole('main')).toHaveFocus()
  })

  it('leaves a failed “show more” to the list’s own message', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.large)
    renderRoute('/invoices')
    const table = await screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
    const firstPage = table.tBodies[0]!.rows.length
    // Only the next page may fail: the summary, which reads every page, must have finished first.
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0), { timeout: 15_000 })
    server.use(unavailable())
    await user.click(screen.getByRole('button', { name: 'Show more invoices' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/)
    expect(table.tBodies[0]!.rows).toHaveLength(firstPage)
    expect(screen.queryByText(REFRESH_FAILED)).not.toBeInTheDocument()
  })

  it('says when the browser is offline, keeps the page, and goes when the network is back', async () => {
    const { table, rows } = await loadInvoices()

    let offline!: ReturnType<typeof enableScenario>
    act(() => {
      offline = enableScenario('offline')
    })
    expect(await screen.findByText(OFFLINE)).toBeInTheDocument()
    expect(within(table).getAllByRole('row')).toHaveLength(rows + 1)

    act(() => offline.leave())
    await vi.waitFor(() => expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument())
    expect(table.tBodies[0]!.rows).toHaveLength(rows)
  })
})
