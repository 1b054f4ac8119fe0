import { Trans, useLingui } from '@lingui/react/macro'
import { EmptyState } from '@/components/ui/empty-state'

/** Nothing at all yet, or nothing that matches: different situations, so different ways forward. */
export function InvoiceListEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  const { t } = useLingui()
  if (!filtered) {
    return (
      <EmptyState title={t`No invoices yet`}>
        <Trans>Invoices your agency sends you will appear here.</Trans>
      </EmptyState>
    )
  }
  return (
    <EmptyState title={t`No invoices match these filters`}>
      <p>
        <Trans>Try another status or a wider date range.</Trans>
      </p>
      <button type="button" className="button-quiet" onClick={onClearFilters}>
        <Trans>Clear filters</Trans>
      </button>
    </EmptyState>
  )
}
