import { Trans } from '@lingui/react/macro'
import './invoices.css'

type Props = { onShowMore: () => void; loading: boolean; failed: boolean }

/**
 * Loads the next page on request. The button keeps its name and place while loading (the count above
 * announces progress), so focus stays on it for the next press.
 */
export function ShowMoreInvoices({ onShowMore, loading, failed }: Props) {
  return (
    <div className="show-more">
      <button
        type="button"
        className="button-quiet"
        aria-disabled={loading || undefined}
        onClick={() => {
          if (!loading) onShowMore()
        }}
      >
        <Trans>Show more invoices</Trans>
      </button>
      {failed && (
        <p role="alert" className="field-error">
          <Trans>More invoices could not be loaded. Check your connection and press “Show more invoices” to try again.</Trans>
        </p>
      )}
    </div>
  )
}
