import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { invoiceQueries } from './invoice-queries'

const RETURN_DEBOUNCE_MS = 1_000

/**
 * Payment happens in another tab (the hosted checkout), so nothing here learns when it succeeds. Once
 * the client has opened the checkout, every return to this tab refreshes every invoice view (the
 * overview's balances too): the invoice shows paid without a reload. It stays armed after the first
 * return, since the client may come back to look before finishing the payment.
 *
 * Answers `startWatching`, for the Pay link's click, and whether a payment was started here.
 */
export function useRefreshAfterPayment() {
  const queryClient = useQueryClient()
  const armed = useRef(false)
  const [paymentStarted, setPaymentStarted] = useState(false)

  useEffect(() => {
    let lastRefresh = 0
    const refresh = () => {
      if (!armed.current || document.visibilityState === 'hidden') return
      // Coming back to a tab fires both focus and visibilitychange: one refresh is enough.
      if (Date.now() - lastRefresh < RETURN_DEBOUNCE_MS) return
      lastRefresh = Date.now()
      void queryClient.invalidateQueries({ queryKey: invoiceQueries.all() })
    }
    window.addEventListener('focus', refresh)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      window.removeEventListener('focus', refresh)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [queryClient])

  const startWatching = useCallback(() => {
    armed.current = true
    setPaymentStarted(true)
  }, [])

  return { startWatching, paymentStarted }
}
