/*
 * The invoices feature's public surface: what the app's routes and the other features may use. Lint
 * (eslint.config.js, import-x/no-restricted-paths) refuses an import of anything else in this folder
 * from outside it, so the rest can change without reaching into other features.
 */
export { invoiceQueries, type InvoiceListFilters } from './api/invoice-queries'
export { AmountDue } from './components/amount-due'
export { InvoiceDetail } from './components/invoice-detail'
export { InvoiceFilters } from './components/invoice-filters'
export { InvoiceLink } from './components/invoice-link'
export { InvoiceNotFound } from './components/invoice-not-found'
export { InvoiceResults } from './components/invoice-results'
export { InvoiceStatusBadge } from './components/invoice-status-badge'
export { InvoiceTable } from './components/invoice-table'
export { useInvoiceListSearch } from './hooks/use-invoice-list-search'
export { isCredit } from './utils/invoice-amounts'
export { awaitingPayment, byNewestIssued, countsInFigures, totalsByCurrency } from './utils/invoice-figures'
export { NO_FILTERS, readInvoiceListSearch, toListFilters } from './utils/invoice-list-search'
export { saveBlob, safeFilename } from './utils/save-blob'
export { calendarBlob, writeCalendar, type CalendarEvent } from './utils/ics'
export { hasDueEvent, invoiceDueEvent } from './utils/invoice-events'
export { fetchInvoicePdf } from './api/download-invoice-pdf'
