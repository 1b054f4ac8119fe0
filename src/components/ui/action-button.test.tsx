import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionButton } from './action-button'
import { I18nWrapper } from '@/test/i18n-wrapper'

/** A `run` that settles when the test says so. */
function controlled() {
  const calls: { resolve: (value: number) => void; reject: (error: Error) => void }[] = []
  const run = vi.fn(() => new Promise<number>((resolve, reject) => calls.push({ resolve, reject })))
  return { run, calls }
}

const renderButton = (run: () => Promise<number>) =>
  render(
    <ActionButton run={run} label="Export" busyText="Exporting…" doneText={(n) => `Exported ${n} rows.`} errorText="The export failed." />,
    { wrapper: I18nWrapper },
  )

describe('ActionButton', () => {
  it('says it is busy, starts the work once however often it is pressed meanwhile, and announces the result', async () => {
    const user = userEvent.setup()
    const { run, calls } = controlled()
    renderButton(run)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Exporting…' }))
    expect(run).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { name: 'Exporting…' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Exporting…')
    calls[0]!.resolve(12)
    expect(await screen.findByText('Exported 12 rows.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export' })).not.toHaveAttribute('aria-disabled')
  })

  it('shows a failure as an alert with a way to try again, which runs the work anew', async () => {
    const user = userEvent.setup()
    const { run, calls } = controlled()
    renderButton(run)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    calls[0]!.reject(new Error('offline'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The export failed.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(run).toHaveBeenCalledTimes(2)
    calls[1]!.resolve(3)
    expect(await screen.findByText('Exported 3 rows.')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
