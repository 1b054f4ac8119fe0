import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { invoiceQueries, saveBlob, type InvoiceListFilters } from '@/features/invoices'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import type { Invoice } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import { displayLocale } from '@/lib/format/display-locale'
import { stripBidiControls } from '@/lib/format/identifier'
import { buildInvoiceZip, statementForRange, type ZipProgress } from '../api/invoice-zip'
import { statementProgressKey, useStatementProgress, type StatementProgress } from '../api/statement-progress'
import './statement.css'

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: ZipProgress }
  | { step: 'done'; filename: string; added: number; failed: Pick<Invoice, 'id' | 'number'>[]; statement: boolean; retry: boolean }
  | { step: 'cancelled' }
  | { step: 'error' }

const kilobytes = (bytes: number) =>
  new Intl.NumberFormat(displayLocale(), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024)

function zipName(filters: InvoiceListFilters, today: string, part?: string) {
  const status = filters.status ? `-${filters.status}` : ''
  return `invoices${status}-${filters.from ?? 'start'}-to-${filters.to ?? today}${part ?? ''}.zip`
}

function DownloadProgress({ progress }: { progress: ZipProgress }) {
  const format = new Intl.NumberFormat(displayLocale())
  const done = format.format(progress.done)
  const total = format.format(progress.total)
  const size = kilobytes(progress.bytes)
  return (
    <Trans>
      Downloading PDFs: {done} of {total} ({size})
    </Trans>
  )
}

/** Once every PDF is in, what the zip still waits for: the statement CSV's payment dates. */
function StatementLookupProgress({ lookups }: { lookups: StatementProgress }) {
  const format = new Intl.NumberFormat(displayLocale())
  const done = format.format(lookups.done)
  const total = format.format(lookups.total)
  return (
    <Trans>
      Preparing the statement (CSV): looking up payment dates, {done} of {total}
    </Trans>
  )
}

function SavedNote({ filename, added, statement }: { filename: string; added: number; statement: boolean }) {
  return statement ? (
    <Plural
      value={added}
      one={
        <Trans>
          Saved <bdi>{filename}</bdi>: # PDF and the statement (CSV).
        </Trans>
      }
      other={
        <Trans>
          Saved <bdi>{filename}</bdi>: # PDFs and the statement (CSV).
        </Trans>
      }
    />
  ) : (
    <Plural
      value={added}
      one={
        <Trans>
          Saved <bdi>{filename}</bdi>: # PDF.
        </Trans>
      }
      other={
        <Trans>
          Saved <bdi>{filename}</bdi>: # PDFs.
        </Trans>
      }
    />
  )
}

function FailedNote({ failed }: { failed: Pick<Invoice, 'id' | 'number'>[] }) {
  const numbers = failed.map((invoice) => stripBidiControls(invoice.number).text).join(', ')
  const failedCount = failed.length
  return (
    <p>
      <Plural
        value={failedCount}
        one={
          <Trans>
            This PDF could not be fetched and is not in the zip: <bdi>{numbers}</bdi>.
          </Trans>
        }
        other={
          <Trans>
            These PDFs could not be fetched and are not in the zip: <bdi>{numbers}</bdi>.
          </Trans>
        }
      />
    </p>
  )
}

/**
 * "Download all (N)": every invoice the list's filters match, as one zip of `<number>.pdf` files and
 * the statement CSV for the same dates. Counts from the list's own queries (the ones the page shows),
 * so showing the count costs no request of its own.
 */
export function DownloadAllButton({ filters }: { filters: InvoiceListFilters }) {
  const { t } = useLingui()
  const queryClient = useQueryClient()
  const { data, hasNextPage } = usePrefetchedInfiniteQuery(invoiceQueries.pages(filters))
  const every = useQuery({ ...invoiceQueries.every(filters), enabled: hasNextPage })
  const count = hasNextPage ? every.data?.length : data.invoices.length
  const [state, setState] = useState<State>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  // The statement in the zip is the one statementForRange asks for: up to the list's end, or today.
  const lookups = useStatementProgress(statementProgressKey(filters.clientId, filters.to ?? localToday()))
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
  const waitingForStatement = running && state.progress.done >= state.progress.total && lookups !== null
  const failedCount = state.step === 'done' ? state.failed.length : 0
  const countText = count === undefined ? '' : new Intl.NumberFormat(displayLocale()).format(count)
  return (
    <div className="download-all no-print">
      {!running && (
        <button type="button" className="button-quiet" onClick={() => void run()}>
          {count === undefined ? t`Download all` : t`Download all (${countText})`}
        </button>
      )}
      {running && (
        <div className="export-progress">
          <label htmlFor="download-all-progress">
            {waitingForStatement ? <StatementLookupProgress lookups={lookups} /> : <DownloadProgress progress={state.progress} />}
          </label>
          <progress
            id="download-all-progress"
            max={Math.max(waitingForStatement ? lookups.total : state.progress.total, 1)}
            value={waitingForStatement ? lookups.done : state.progress.done}
          />
          <div className="export-actions">
            <button ref={cancelRef} type="button" className="button-quiet" onClick={() => controller.current?.abort()}>
              <Trans>Cancel</Trans>
            </button>
          </div>
        </div>
      )}
      <p role="status" className="export-status">
        {state.step === 'done' && <SavedNote filename={state.filename} added={state.added} statement={state.statement} />}
        {state.step === 'cancelled' && <Trans>Download cancelled. Nothing was saved.</Trans>}
      </p>
      {state.step === 'done' && state.failed.length > 0 && (
        <div role="alert" className="statement-error">
          <FailedNote failed={state.failed} />
          <button type="button" className="button-quiet" onClick={() => void run(state.failed)}>
            <Plural value={failedCount} one="Try it again" other="Try them again" />
          </button>
        </div>
      )}
      {state.step === 'done' && !state.statement && !state.retry && (
        <p role="alert" className="statement-error">
          <Trans>The statement could not be prepared, so the zip holds only the PDFs.</Trans>
        </p>
      )}
      {state.step === 'error' && (
        <p role="alert" className="statement-error">
          <Trans>The invoices could not be listed, so nothing was saved.</Trans>{' '}
          <button type="button" className="button-quiet" onClick={() => void run()}>
            <Trans>Try again</Trans>
          </button>
        </p>
      )}
    </div>
  )
}
