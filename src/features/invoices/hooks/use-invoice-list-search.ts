import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import {
  isCompleteDate,
  isRangeReversed,
  readInvoiceListSearch,
  toSearchParams,
  type InvoiceListSearch,
} from '../utils/invoice-list-search'

const same = (a: InvoiceListSearch, b: InvoiceListSearch) => a.status === b.status && a.from === b.from && a.to === b.to

/** The part of what the form holds that can be applied: an unfinished or reversed range keeps the applied one. */
function applicable(draft: InvoiceListSearch, applied: InvoiceListSearch): InvoiceListSearch {
  const ready = (value: string) => value === '' || isCompleteDate(value)
  const datesOk = ready(draft.from) && ready(draft.to) && !isRangeReversed(draft)
  return datesOk ? draft : { ...draft, from: applied.from, to: applied.to }
}

/**
 * The list's filters live in the address (shareable; Back restores them), and each change pushes an
 * entry. The form shows a draft of its own: the router renders a new address as a transition, which
 * keeps the old list (and so the old address) on screen until the new page of invoices has arrived,
 * and a control bound to the address would jump back meanwhile.
 */
export function useInvoiceListSearch() {
  const [params, setParams] = useSearchParams()
  const applied = useMemo(() => readInvoiceListSearch(params), [params])
  const [draft, setDraft] = useState(applied)
  const [seen, setSeen] = useState(applied)

  if (!same(seen, applied)) {
    setSeen(applied)
    // Our own change arriving keeps the draft (with any range still being fixed); Back replaces it.
    if (!same(applicable(draft, seen), applied)) setDraft(applied)
  }

  const update = (next: InvoiceListSearch) => {
    // Compared with what was last asked for, not with what is on screen: that may still be on its way.
    const requested = applicable(draft, applied)
    const target = applicable(next, applied)
    setDraft(next)
    if (!same(target, requested)) setParams(toSearchParams(target))
  }

  return { applied, draft, update, pending: !same(applicable(draft, applied), applied) }
}
