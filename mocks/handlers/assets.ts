import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../db'

/** The agency logo the seed's `logo_url` points at; not part of the API, so not in openapi.yaml. */
export const assetHandlers = [
  untypedHttp.get('https://assets.nextoriahub.com/workspaces/:workspaceId/logo.svg', () => {
    const initial = db.workspace.name.trim().charAt(0).toUpperCase() || 'N'
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<rect width="256" height="256" rx="48" fill="${db.workspace.brand_color}"/>
<text x="128" y="168" font-family="system-ui, sans-serif" font-size="128" font-weight="700" text-anchor="middle" fill="#1a1a1a">${initial.replace(/[<&>"]/g, '')}</text>
</svg>`
    return new HttpResponse(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
  }),
]
