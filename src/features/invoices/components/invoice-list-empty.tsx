import { EmptyState } from '@/components/ui/empty-state'

/** Nothing at all yet, or nothing that matches: different situations, so different ways forward. */
export function InvoiceListEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  if (!filtered) {
    return <EmptyState title="No invoices yet">Invoices your agency sends you will appear here.</EmptyState>
  }
  return (
    <EmptyState title="No invoices match these filters">
      <p>Try another status or a wider date range.</p>
      <button type="button" className="button-quiet" onClick={onClearFilters}>
        Clear filters
      </button>
    </EmptyState>
  )
}
