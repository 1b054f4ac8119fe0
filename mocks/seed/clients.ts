import type { DbClient, DbUser } from '../db-types'
import { daysAgo, HISTORY_DAYS, timestamp } from './dates'
import { SEED } from './ids'

// One client per kind of portal experience (see SEED.clients); each portal client has exactly one user.

export function clients(today: string): DbClient[] {
  return [
    {
      id: SEED.clients.empty,
      name: 'Sam Okafor',
      email: 'sam.okafor@example.com',
      company: null,
      phone: null,
      address: null,
      notes: null,
      portal_access: true,
      portal_last_seen: null,
      created_at: timestamp(daysAgo(today, 6), 14, 20),
      updated_at: timestamp(daysAgo(today, 6), 14, 25),
    },
    {
      id: SEED.clients.ordinary,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      company: 'Harbor & Pine Coffee Co.',
      phone: '+1 207 555 0143',
      address: {
        line1: '88 Commercial Street',
        city: 'Portland',
        state: 'ME',
        postal_code: '04101',
        country: 'US',
      },
      notes: 'Prefers invoices at the start of each month.',
      portal_access: true,
      portal_last_seen: timestamp(daysAgo(today, 2), 14, 5),
      created_at: timestamp(daysAgo(today, 400), 9, 15),
      updated_at: timestamp(daysAgo(today, 12), 11, 40),
    },
    {
      id: SEED.clients.large,
      name: 'Layla Haddad — ليلى حداد',
      email: 'layla.haddad@example.com',
      company: 'Globex Intercontinental Manufacturing, Logistics & Consumer Electronics Holdings Group Ltd.',
      phone: '+44 20 7946 0958',
      address: {
        line1: '1 Canada Square',
        line2: 'Level 39, Suite 3905',
        city: 'London',
        state: 'Greater London',
        postal_code: 'E14 5AB',
        country: 'GB',
      },
      notes: 'Billing in USD for the agency work, JPY for the Tokyo office, EUR for the Berlin office.',
      portal_access: true,
      portal_last_seen: timestamp(daysAgo(today, 1), 8, 30),
      created_at: timestamp(daysAgo(today, HISTORY_DAYS + 20), 10, 0),
      updated_at: timestamp(daysAgo(today, 3), 16, 45),
    },
    {
      id: SEED.clients.noPortal,
      name: 'Marc Tremblay',
      email: 'marc.tremblay@example.com',
      company: 'Tremblay Outdoor Gear Inc.',
      phone: '+1 514 555 0199',
      address: {
        line1: '1200 Rue Sainte-Catherine O',
        city: 'Montréal',
        state: 'QC',
        postal_code: 'H3B 1K9',
        country: 'CA',
      },
      notes: 'Not on the portal yet; invoices go out by email.',
      portal_access: false,
      portal_last_seen: null,
      created_at: timestamp(daysAgo(today, 120), 13, 0),
      updated_at: timestamp(daysAgo(today, 15), 9, 10),
    },
  ]
}

export function users(): DbUser[] {
  return [
    { id: SEED.users.empty, name: 'Sam Okafor', email: 'sam.okafor@example.com', client_id: SEED.clients.empty },
    {
      id: SEED.users.ordinary,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      client_id: SEED.clients.ordinary,
    },
    {
      id: SEED.users.large,
      name: 'Layla Haddad — ليلى حداد',
      email: 'layla.haddad@example.com',
      client_id: SEED.clients.large,
    },
  ]
}
