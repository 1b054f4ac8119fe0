import { t } from '@lingui/core/macro'
import type { ApiError } from './api-error'

/**
 * What the client reads of an API error: the API's own message, which is its data, or, for an answer
 * that came without one (a proxy's page, an empty body), a sentence of ours in the page's language.
 * Called while the error renders.
 */
export function apiErrorText(error: ApiError): string {
  if (error.code !== 'unexpected_response') return error.message
  const status = String(error.status)
  return t`The server answered ${status} without saying why. Please try again, and contact us if it keeps happening.`
}
