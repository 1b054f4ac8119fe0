import { Trans } from '@lingui/react/macro'
import { useEffect, useRef } from 'react'
import { displayLocale } from '@/lib/format/display-locale'
import { useFailedRefresh } from './use-failed-refresh'
import { useOnline } from './use-online'
import './refresh-status-banner.css'

/** While a refresh keeps failing, try again this often on top of React Query's own retries. */
const KEEP_TRYING_MS = 30_000

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** The time format of the portal's language, made once per locale. */
function timeFormat(): Intl.DateTimeFormat {
  const locale = displayLocale()
  let format = timeFormats.get(locale ?? '')
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
    timeFormats.set(locale ?? '', format)
  }
  return format
}

/** "2:05 PM" (in the portal's language and the browser's time zone): when what is on screen was loaded. */
export const loadedAtText = (loadedAt: number) => timeFormat().format(loadedAt)

/**
 * One calm line above the page when what is on screen may be out of date: the browser is offline, or
 * a refresh failed while earlier data stays shown. A first load that fails is its panel's own error,
 * so this stays quiet then. The live region is always there, so screen readers hear it appear.
 */
export function RefreshStatusBanner() {
  const online = useOnline()
  const { loadedAt, retryNow } = useFailedRefresh()
  const region = useRef<HTMLDivElement>(null)
  const retriedByHand = useRef(false)

  useEffect(() => {
    if (loadedAt === null || !online) return
    const timer = window.setInterval(() => void retryNow(), KEEP_TRYING_MS)
    return () => window.clearInterval(timer)
  }, [loadedAt, online, retryNow])

  // "Try again now" worked and took its button away: keep focus in the content, not at the page top.
  useEffect(() => {
    if (loadedAt !== null || !retriedByHand.current) return
    retriedByHand.current = false
    if (document.activeElement === document.body) region.current?.closest<HTMLElement>('main')?.focus()
  }, [loadedAt])

  const loadedAtTime = loadedAt === null ? null : loadedAtText(loadedAt)

  const tryAgain = () => {
    retriedByHand.current = true
    void retryNow()
  }

  return (
    <div ref={region} className="refresh-status" aria-live="polite">
      {!online ? (
        <p className="refresh-banner refresh-banner-offline">
          <Trans>You’re offline. What you see may be out of date; we’ll update when you’re back.</Trans>
        </p>
      ) : loadedAtTime !== null ? (
        <div className="refresh-banner">
          <p>
            <Trans>We couldn’t refresh this page.</Trans>{' '}
            <Trans>
              You’re seeing what we loaded at <bdi>{loadedAtTime}</bdi>.
            </Trans>{' '}
            <Trans>We’ll keep trying.</Trans>
          </p>
          <button type="button" className="button-quiet" onClick={tryAgain}>
            <Trans>Try again now</Trans>
          </button>
        </div>
      ) : null}
    </div>
  )
}
