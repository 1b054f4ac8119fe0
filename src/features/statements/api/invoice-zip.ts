import type { QueryClient } from '@tanstack/react-query'
import { pause } from '@/lib/api/retrying'
import type { Invoice } from '@/lib/api/types'
import { buildStatement } from '../utils/statement'
import { statementCsv, statementFilename } from '../utils/statement-csv'
import { uniqueZipNames } from '../utils/zip-names'
import { fetchPdf } from './fetch-pdf'
import { statementQueries } from './statement-queries'

/** PDFs fetched at once: enough to hide latency, few enough not to crowd out the rest of the page. */
export const PDFS_IN_FLIGHT = 3
/** A PDF that fails is tried once more, after this long, before it is reported. */
const RETRY_AFTER_MS = 1_000

export type ZipProgress = { done: number; total: number; bytes: number }
export type ZipResult = { zip: Blob; added: number; failed: Pick<Invoice, 'id' | 'number'>[] }

type Fetched = { ok: true; blob: Blob } | { ok: false }

async function fetchWithRetry(invoiceId: string, signal: AbortSignal): Promise<Fetched> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { ok: true, blob: await fetchPdf(invoiceId, signal) }
    } catch (error) {
      if (signal.aborted) throw signal.reason
      if (attempt >= 1) return { ok: false }
      void error
      await pause(RETRY_AFTER_MS, signal)
    }
  }
}

type Extra = { name: string; input: Blob | string }

/**
 * The zip's entries in the invoices' order, with at most PDFS_IN_FLIGHT PDFs being fetched at once
 * ahead of the one the zip writer is waiting for: the zip grows as PDFs arrive, never all held twice.
 */
async function* entries(
  invoices: readonly Invoice[],
  names: readonly string[],
  extra: () => Promise<Extra | null>,
  failed: Invoice[],
  onProgress: (progress: ZipProgress) => void,
  signal: AbortSignal,
) {
  const progress: ZipProgress = { done: 0, total: invoices.length, bytes: 0 }
  const inFlight: Promise<Fetched>[] = []
  let next = 0
  const startNext = () => {
    const invoice = invoices[next++]!
    const fetched = fetchWithRetry(invoice.id, signal).then((result) => {
      progress.done += 1
      if (result.ok) progress.bytes += result.blob.size
      onProgress({ ...progress })
      return result
    })
    // Kept from being an unhandled rejection while it waits its turn; awaited below.
    fetched.catch(() => undefined)
    inFlight.push(fetched)
  }
  while (inFlight.length < PDFS_IN_FLIGHT && next < invoices.length) startNext()
  for (let index = 0; index < invoices.length; index += 1) {
    const result = await inFlight.shift()!
    if (next < invoices.length) startNext()
    signal.throwIfAborted()
    if (result.ok) yield { name: names[index], input: result.blob, lastModified: new Date() }
    else failed.push(invoices[index]!)
  }
  const more = await extra()
  signal.throwIfAborted()
  if (more) yield { ...more, lastModified: new Date() }
}

/** The statement CSV for the list's range, for the zip: from its start (or the first invoice) to its end (or today). */
export async function statementForRange(queryClient: QueryClient, clientId: string, range: { from?: string; to?: string }, today: string): Promise<Extra> {
  const to = range.to ?? today
  const data = await queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
  const first = data.invoices.reduce<string>((min, invoice) => (invoice.issue_date < min ? invoice.issue_date : min), to)
  const statement = buildStatement(data.invoices, data.paymentDates, { from: range.from ?? first, to }, today)
  return { name: statementFilename(statement), input: statementCsv(statement) }
}

/**
 * One zip of `<number>.pdf` for every invoice given (names made safe and unique), plus `extra` (the
 * statement CSV) when it can be made. Built in the browser by client-zip, loaded only now, so the
 * pages that never export do not carry it. Rejects with the abort reason when cancelled.
 */
export async function buildInvoiceZip(
  invoices: readonly Invoice[],
  extra: () => Promise<Extra | null>,
  onProgress: (progress: ZipProgress) => void,
  signal: AbortSignal,
): Promise<ZipResult> {
  const { downloadZip } = await import('client-zip')
  const names = uniqueZipNames(invoices.map((invoice) => invoice.number), '.pdf', ['statement.csv'])
  const failed: Invoice[] = []
  onProgress({ done: 0, total: invoices.length, bytes: 0 })
  const zip = await downloadZip(entries(invoices, names, extra, failed, onProgress, signal)).blob()
  signal.throwIfAborted()
  return { zip, added: invoices.length - failed.length, failed: failed.map(({ id, number }) => ({ id, number })) }
}
