import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/db'
import { SEED } from '../../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const field = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling as HTMLElement
}

describe('the account page', () => {
  it('shows the client’s own record', async () => {
    signInAs(SEED.users.large)
    renderRoute('/account')
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    const client = db.clients.find((c) => c.id === SEED.clients.large)!
    expect(await screen.findByText(client.name, { selector: 'dd' })).toBeInTheDocument()
    expect(field('Company')).toHaveTextContent(client.company!)
    expect(field('Email')).toHaveTextContent(client.email)
    expect(field('Phone')).toHaveTextContent(client.phone!)
    const address = within(field('Address'))
    expect(address.getByText(client.address!.line1)).toBeInTheDocument()
    expect(address.getByText(client.address!.line2!)).toBeInTheDocument()
  })

  it('says "Not provided" for what the agency does not hold', async () => {
    signInAs(SEED.users.empty)
    renderRoute('/account')
    const client = db.clients.find((c) => c.id === SEED.clients.empty)!
    expect(await screen.findByText(client.name, { selector: 'dd' })).toBeInTheDocument()
    for (const label of ['Company', 'Phone', 'Address']) expect(field(label)).toHaveTextContent('Not provided')
    expect(field('Last visit to the portal')).toHaveTextContent('This is your first visit')
  })
})
