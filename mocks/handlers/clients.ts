import { assertOwnClient, listedInvoices, visibleProjects } from '../access'
import { forbidden } from '../api-error'
import { authenticate } from '../auth'
import { rejectWrite } from './reject-write'
import { http } from '../http'
import { NO_STORE } from '../no-store'
import { toClient } from '../views'
import { invoiceListBody } from './invoices'
import { projectListBody } from './projects'

export const clientHandlers = [
  // The workspace's client list is the agency's; a portal client reaches only its own record.
  http.get('/clients', ({ request }) => {
    authenticate(request)
    throw forbidden('A portal client cannot list the workspace\u2019s clients.')
  }),

  http.get('/clients/{client_id}', ({ request, params, response }) => {
    const principal = authenticate(request)
    assertOwnClient(principal, params.client_id)
    return response(200).json(toClient(principal.client), { headers: NO_STORE })
  }),

  http.get('/clients/{client_id}/projects', ({ request, params, response }) => {
    const principal = authenticate(request)
    assertOwnClient(principal, params.client_id)
    return response(200).json(projectListBody(visibleProjects(principal), new URL(request.url).searchParams), { headers: NO_STORE })
  }),

  http.get('/clients/{client_id}/invoices', ({ request, params, response }) => {
    const principal = authenticate(request)
    assertOwnClient(principal, params.client_id)
    return response(200).json(invoiceListBody(listedInvoices(principal), new URL(request.url).searchParams), { headers: NO_STORE })
  }),

  http.post('/clients', rejectWrite),
  http.patch('/clients/{client_id}', rejectWrite),
  http.post('/clients/{client_id}/invite', rejectWrite),
]
