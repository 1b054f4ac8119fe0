import { Trans, useLingui } from '@lingui/react/macro'
import { stripBidiControls } from '@/lib/format/identifier'

/**
 * An identifier from the API (an invoice number): isolated with `<bdi>`, so the text around it cannot
 * reorder it nor it the text around it, and without bidi controls, so `INV-2026-\u202E1220` cannot
 * pass for another invoice's number. Where controls were removed a ⚠ says so, in words for screen
 * readers and in a tooltip for the pointer.
 */
export function ApiIdentifier({ value }: { value: string }) {
  const { t } = useLingui()
  const { text, removed } = stripBidiControls(String(value))
  return (
    <>
      <bdi className="api-identifier">{text}</bdi>
      {removed && (
        <>
          {' '}
          <span className="hidden-chars-note" title={t`Hidden characters that change the reading order were removed from this identifier`}>
            <span aria-hidden="true">⚠</span>
            <span className="visually-hidden">
              <Trans>(hidden characters removed)</Trans>
            </span>
          </span>
        </>
      )}
    </>
  )
}
