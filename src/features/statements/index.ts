/*
 * The statements feature's public surface: the statement page's parts, and the exports built from the
 * invoices and projects features' public surfaces (the statement CSV, all PDFs as one zip, the calendar).
 */
export { statementQueries } from './api/statement-queries'
export { StatementAbout } from './components/statement-about'
export { StatementPeriodForm } from './components/statement-period-form'
export { StatementPreparing } from './components/statement-preparing'
export { StatementView } from './components/statement-view'
export { readStatementPeriod, statementSearch, type StatementPeriod } from './utils/statement-period'
export { CalendarExportButton } from './components/calendar-export-button'
export { milestoneEventUid } from './api/client-calendar'
export { DownloadAllButton } from './components/download-all-button'
