import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { invoiceQueries, saveBlob, type InvoiceListFilters } from '@/features/invoices'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import type { Invoice } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import { stripBidiControls } from '@/lib/format/identifier'
import { buildInvoiceZip, statementForRange, type ZipProgress } from '../api/invoice-zip'
import './statement.css'

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: ZipProgress }
  | { step: 'done'; filename: string; added: number; failed: Pick<Invoice, 'id' | 'number'>[]; statement: boolean; retry: boolean }
  | { step: 'cancelled' }
  | { step: 'error' }

const kilobytes = (bytes: number) => `${(bytes / 1024).toLocaleString(undefined, { maximumFractionDigits: 0 })} kB`

function zipName(filters: InvoiceListFilters, today: string, part?: string) {
  const status = filters.status ? `-${filters.status}` : ''
  return `invoices${status}-${filters.from ?? 'start'}-to-${filters.to ?? today}${part ?? ''}.zip`
}

/**
 * "Download all (N)": every invoice the list's filters match, as one zip of `<number>.pdf` files and
 * the statement CSV for the same dates. Counts from the list's own queries (the ones the page shows),
 * so showing the count costs no request of its own.
 */
export function DownloadAllButton({ filters }: { filters: InvoiceListFilters }) {
  const queryClient = useQueryClient()
  const { data, hasNextPage } = usePrefetchedInfiniteQuery(invoiceQueries.pages(filters))
  const every = useQuery({ ...invoiceQueries.every(filters), enabled: hasNextPage })
  const count = hasNextPage ? every.data?.length : data.invoices.length
  const [state, setState] = useState<State>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const run = async (only?: Pick<Invoice, 'id'>[]) => {
    if (state.step === 'running') return
    const abort = new AbortController()
    controller.current = abort
    const today = localToday()
    setState({ step: 'running', progress: { done: 0, total: only?.length ?? count ?? 0, bytes: 0 } })
    try {
      const all = hasNextPage ? await queryClient.fetchQuery(invoiceQueries.every(filters)) : data.invoices
      const wanted = only ? all.filter((invoice) => only.some((o) => o.id === invoice.id)) : all
      // Started now, beside the PDFs; a statement that cannot be made leaves the PDFs' zip without it.
      let statement = false
      const csv = only
        ? Promise.resolve(null)
        : statementForRange(queryClient, filters.clientId, filters, today).then(
            (entry) => {
              statement = true
              return entry
            },
            () => null,
          )
      const result = await buildInvoiceZip(wanted, () => csv, (progress) => setState({ step: 'running', progress }), abort.signal)
      const filename = zipName(filters, today, only ? '-retry' : undefined)
      if (result.added > 0 || statement) saveBlob(result.zip, filename)
      setState({ step: 'done', filename, added: result.added, failed: result.failed, statement, retry: Boolean(only) })
    } catch {
      setState(abort.signal.aborted ? { step: 'cancelled' } : { step: 'error' })
    } finally {
      if (controller.current === abort) controller.current = null
    }
  }

  useEffect(() => {
    if (state.step === 'running') cancelRef.current?.focus()
  }, [state.step])

  if (count === 0) return null
  const running = state.step === 'running'
  return (
    <div className="download-all no-print">
      {!running && (
        <button type="button" className="button-quiet" onClick={() => void run()}>
          {count === undefined ? 'Download all' : `Download all (${count})`}
        </button>
      )}
      {running && (
        <div className="export-progress">
          <label htmlFor="download-all-progress">
            Downloading PDFs: {state.progress.done} of {state.progress.total} ({kilobytes(state.progress.bytes)})
          </label>
          <progress id="download-all-progress" max={Math.max(state.progress.total, 1)} value={state.progress.done} />
          <div className="export-actions">
            <button ref={cancelRef} type="button" className="button-quiet" onClick={() => controller.current?.abort()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className="export-status">
        {state.step === 'done' &&
          `Saved ${state.filename}: ${state.added} ${state.added === 1 ? 'PDF' : 'PDFs'}${state.statement ? ' and the statement (CSV)' : ''}.`}
        {state.step === 'cancelled' && 'Download cancelled. Nothing was saved.'}
      </p>
      {state.step === 'done' && state.failed.length > 0 && (
        <div role="alert" className="statement-error">
          <p>
            {state.failed.length === 1 ? 'This PDF' : 'These PDFs'} could not be fetched and{' '}
            {state.failed.length === 1 ? 'is' : 'are'} not in the zip:{' '}
            {state.failed.map((invoice) => stripBidiControls(invoice.number).text).join(', ')}.
          </p>
          <button type="button" className="button-quiet" onClick={() => void run(state.failed)}>
            Try {state.failed.length === 1 ? 'it' : 'them'} again
          </button>
        </div>
      )}
      {state.step === 'done' && !state.statement && !state.retry && (
        <p role="alert" className="statement-error">The statement could not be prepared, so the zip holds only the PDFs.</p>
      )}
      {state.step === 'error' && (
        <p role="alert" className="statement-error">
          The invoices could not be listed, so nothing was saved.{' '}
          <button type="button" className="button-quiet" onClick={() => void run()}>
            Try again
          </button>
        </p>
      )}
    </div>
  )
}
