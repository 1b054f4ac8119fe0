/*
 * The overview feature's public surface: the dashboard and the queries its loader starts. It is
 * composed of the invoices and projects features' public surfaces only.
 */
export { overviewQueries } from './api/overview-queries'
export { OverviewDashboard } from './components/overview-dashboard'
