import { SEED } from './ids'
import { item, type InvoicePlan, type InvoiceStatus } from './invoices'

const RETAINER = 'Monthly design retainer'

/** The ordinary client: hand-written so each status case has a name. Amounts in US cents. */
export const ORDINARY_INVOICES: readonly InvoicePlan[] = [
  ordinary('inv_ord_01', SEED.projects.ordinaryCompleted, 'paid', 335, 30, 0.08, {
    lineItems: [item('Brand discovery workshop', 1, 250_000), item('Moodboards — hours', 12, 12_500)],
    paidAfterDays: 20,
  }),
  ordinary('inv_ord_02', SEED.projects.ordinaryCompleted, 'paid', 301, 30, 0.08, {
    lineItems: [item('Logo design', 1, 480_000)],
    paidAfterDays: 28,
  }),
  ordinary('inv_ord_03', null, 'paid', 272, 14, 0, {
    lineItems: [item(RETAINER, 1, 150_000)],
    paidAfterDays: 10,
  }),
  ordinary('inv_ord_04', SEED.projects.ordinaryCompleted, 'void', 244, 30, 0.08, {
    lineItems: [item('Brand guidelines', 1, 320_000)],
    notes: 'Issued with the wrong rate; replaced by a corrected invoice.',
  }),
  ordinary('inv_ord_05', SEED.projects.ordinaryCompleted, 'paid', 238, 30, 0.08, {
    lineItems: [item('Brand guidelines', 1, 300_000)],
    paidAfterDays: 36,
  }),
  ordinary('inv_ord_06', SEED.projects.ordinaryInProgress, 'paid', 198, 30, 0.08, {
    lineItems: [item('Discovery and UX — hours', 22.5, 13_500)],
    paidAfterDays: 25,
  }),
  ordinary('inv_ord_07', null, 'paid', 163, 14, 0, {
    lineItems: [item(RETAINER, 1, 150_000), item('Stock photography licence', 6, 4_900)],
    paidAfterDays: 7,
  }),
  ordinary('inv_ord_08', SEED.projects.ordinaryInProgress, 'overdue', 131, 30, 0.08, {
    lineItems: [item('Development sprint 1 — hours', 40, 15_000), item('Project management — hours', 6.5, 9_500)],
  }),
  ordinary('inv_ord_09', SEED.projects.ordinaryReview, 'paid', 104, 30, 0.08, {
    lineItems: [item('Packaging concepts', 3, 90_000)],
    paidAfterDays: 14,
  }),
  ordinary('inv_ord_10', SEED.projects.ordinaryInProgress, 'overdue', 77, 30, 0.08, {
    lineItems: [item('Development sprint 2 — hours', 36.5, 15_000)],
    paidShare: 0.5,
    notes: 'Half received by bank transfer; the balance is outstanding.',
  }),
  ordinary('inv_ord_11', null, 'paid', 58, 14, 0, {
    lineItems: [item(RETAINER, 1, 150_000)],
    paidAfterDays: 3,
    notes: 'Thank you for paying so promptly.',
  }),
  ordinary('inv_ord_12', SEED.projects.ordinaryReview, 'overdue', 44, 30, 0.08, {
    lineItems: [item('Print-ready artwork', 1, 180_000)],
  }),
  ordinary('inv_ord_13', SEED.projects.ordinaryInProgress, 'sent', 21, 30, 0.08, {
    lineItems: [item('Development sprint 3 — hours', 32, 15_000), item('Hosting setup', 1, 29_000)],
    paidShare: 0.4,
    notes: 'Payable by card or bank transfer.',
  }),
  ordinary('inv_ord_14', null, 'sent', 9, 14, 0, {
    lineItems: [item(RETAINER, 1, 150_000)],
  }),
  ordinary('inv_ord_15', SEED.projects.ordinaryReview, 'draft', 3, 30, 0.08, {
    lineItems: [item('Revisions, round 2 — hours', 1.5, 12_500)],
  }),
  ordinary('inv_ord_16', SEED.projects.ordinaryUninvited, 'sent', 4, 30, 0.08, {
    lineItems: [item('Catalogue photography deposit', 1, 200_000)],
  }),
]

function ordinary(
  id: string,
  projectId: string | null,
  status: InvoiceStatus,
  issuedAgo: number,
  termsDays: 14 | 30,
  taxRate: number,
  rest: Pick<InvoicePlan, 'lineItems'> & Partial<Pick<InvoicePlan, 'notes' | 'paidAfterDays' | 'paidShare'>>,
): InvoicePlan {
  return {
    id,
    clientId: SEED.clients.ordinary,
    projectId,
    currency: 'USD',
    status,
    issuedAgo,
    termsDays,
    taxRate,
    notes: null,
    minute: Number(id.slice(-2)) * 3,
    ...rest,
  }
}
