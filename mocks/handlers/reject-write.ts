import { forbidden } from '../api-error'
import { authenticate } from '../auth'

/** A portal client only reads: the agency's writes answer 401 without a token and 403 with one. */
export function rejectWrite({ request }: { request: Request }): never {
  authenticate(request)
  throw forbidden()
}
