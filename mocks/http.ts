import { createOpenApiHttp } from 'openapi-msw'
import type { paths } from '../src/lib/api/schema'

/*
 * Handlers match any origin's `/v1/...`: the same handlers serve the browser worker (API on its real
 * host), the vitest server, and a localhost HTTP server in benchmarks, whatever base URL is configured.
 */
export const API_PREFIX = '*/v1'

export const http = createOpenApiHttp<paths>({ baseUrl: API_PREFIX })
