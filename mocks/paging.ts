import { apiError } from './api-error'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

export type Page = { limit: number; offset: number }

const encodeCursor = (offset: number) => btoa(`offset:${offset}`)

function decodeCursor(cursor: string): number | null {
  try {
    const match = /^offset:(\d+)$/.exec(atob(cursor))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/** Reads `limit` and `cursor` as the API does: a bad value answers 422 with the field named. */
export function readPage(query: URLSearchParams): Page {
  const rawLimit = query.get('limit')
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw apiError(422, 'validation_failed', `limit must be between 1 and ${MAX_LIMIT}.`, {
      details: { limit: `must be an integer between 1 and ${MAX_LIMIT}` },
    })
  }
  const rawCursor = query.get('cursor')
  const offset = rawCursor === null ? 0 : decodeCursor(rawCursor)
  if (offset === null) {
    throw apiError(422, 'validation_failed', 'cursor is not valid.', { details: { cursor: 'is not valid' } })
  }
  return { limit, offset }
}

export function paginate<T>(rows: readonly T[], { limit, offset }: Page) {
  const end = offset + limit
  return {
    data: rows.slice(offset, end),
    meta: { total: rows.length, limit, next_cursor: end < rows.length ? encodeCursor(end) : null },
  }
}
