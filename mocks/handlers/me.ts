import { authenticate } from '../auth'
import { http } from '../http'
import { NO_STORE } from '../no-store'
import { toMe } from '../views'

export const meHandlers = [
  http.get('/me', ({ request, response }) => {
    const { user } = authenticate(request)
    return response(200).json(toMe(user), { headers: NO_STORE })
  }),
]
