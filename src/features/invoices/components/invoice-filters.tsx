import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useId, type Ref } from 'react'
import {
  isRangeReversed,
  STATUS_FILTERS,
  type InvoiceListSearch,
  type StatusFilter,
} from '../utils/invoice-list-search'
import './invoices.css'

const STATUS_LABELS: Record<StatusFilter, MessageDescriptor> = { sent: msg`Sent`, overdue: msg`Overdue`, paid: msg`Paid`, void: msg`Void` }

type Props = {
  value: InvoiceListSearch
  onChange: (next: InvoiceListSearch) => void
  /** The first control, for moving focus here when the filters are cleared from elsewhere. */
  statusRef?: Ref<HTMLSelectElement>
}

/** Status and issue-date filters. Each change applies at once; the list below says what it shows. */
export function InvoiceFilters({ value, onChange, statusRef }: Props) {
  const { t, i18n } = useLingui()
  const id = useId()
  const reversed = isRangeReversed(value)
  const errorId = `${id}-range-error`

  return (
    <form className="invoice-filters" aria-label={t`Filter invoices`} onSubmit={(event) => event.preventDefault()}>
      <div className="invoice-field">
        <label htmlFor={`${id}-status`}>
          <Trans>Status</Trans>
        </label>
        <select
          id={`${id}-status`}
          ref={statusRef}
          value={value.status}
          onChange={(event) => onChange({ ...value, status: event.target.value as StatusFilter | '' })}
        >
          <option value="">{t`All`}</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {i18n._(STATUS_LABELS[status])}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>
          <Trans>Issue date</Trans>
        </legend>
        {(['from', 'to'] as const).map((field) => (
          <div className="invoice-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{field === 'from' ? t`From` : t`To`}</label>
            <input
              id={`${id}-${field}`}
              type="date"
              value={value[field]}
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? errorId : undefined}
              onChange={(event) => onChange({ ...value, [field]: event.target.value })}
            />
          </div>
        ))}
        {reversed && (
          <p id={errorId} role="alert" className="field-error">
            <Trans>The “From” date must be on or before the “To” date. The list still shows the last valid range.</Trans>
          </p>
        )}
      </fieldset>
    </form>
  )
}
