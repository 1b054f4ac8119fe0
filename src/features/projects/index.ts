/*
 * The projects feature's public surface: what the app's routes and the other features may use. Lint
 * (eslint.config.js, import-x/no-restricted-paths) refuses an import of anything else in this folder
 * from outside it.
 */
export { projectQueries, type ProjectListFilters } from './api/project-queries'
export { ProjectLink } from './components/project-link'
export { ProjectList } from './components/project-list'
export { ProjectNotFound } from './components/project-not-found'
export { ProjectProgress } from './components/project-progress'
export { ProjectView } from './components/project-view'
