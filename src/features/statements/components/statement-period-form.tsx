import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState, type FormEvent } from 'react'
import { isCalendarDate } from '@/lib/format/date'
import { PERIOD_PRESETS, periodLabel, presetRange, type PeriodPreset, type StatementPeriod } from '../utils/statement-period'
import './statement.css'

type Props = { value: StatementPeriod; today: string; onChange: (next: StatementPeriod) => void }

/**
 * The statement's period. A preset applies at once; dates of one's own apply with the button, so a
 * date half typed is never a request (nor a history entry).
 */
export function StatementPeriodForm({ value, today, onChange }: Props) {
  const { t } = useLingui()
  const id = useId()
  const [preset, setPreset] = useState<PeriodPreset>(value.preset)
  const [from, setFrom] = useState(value.from)
  const [to, setTo] = useState(value.to)
  const [error, setError] = useState('')
  const [seen, setSeen] = useState(value)
  // A new period from the address (Back, a link) replaces the form's draft; the select keeps focus.
  if (seen.preset !== value.preset || seen.from !== value.from || seen.to !== value.to) {
    setSeen(value)
    setPreset(value.preset)
    setFrom(value.from)
    setTo(value.to)
  }

  const choose = (next: PeriodPreset) => {
    setPreset(next)
    setError('')
    if (next !== 'custom') {
      const range = presetRange(next, today)
      setFrom(range.from)
      setTo(range.to)
      onChange({ preset: next, ...range })
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isCalendarDate(from) || !isCalendarDate(to)) return setError(t`Enter both dates.`)
    if (from > to) return setError(t`The “From” date must be on or before the “To” date.`)
    setError('')
    onChange({ preset: 'custom', from, to })
  }

  return (
    <form className="statement-period no-print" aria-label={t`Statement period`} onSubmit={submit}>
      <div className="statement-field">
        <label htmlFor={`${id}-preset`}>
          <Trans>Period</Trans>
        </label>
        <select id={`${id}-preset`} value={preset} onChange={(event) => choose(event.target.value as PeriodPreset)}>
          {PERIOD_PRESETS.map((option) => (
            <option key={option} value={option}>
              {periodLabel(option)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && (
        <>
          <div className="statement-field">
            <label htmlFor={`${id}-from`}>
              <Trans>From</Trans>
            </label>
            <input id={`${id}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div className="statement-field">
            <label htmlFor={`${id}-to`}>
              <Trans>To</Trans>
            </label>
            <input id={`${id}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
          <button type="submit" className="button-quiet">
            <Trans>Show statement</Trans>
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="statement-error">
          {error}
        </p>
      )}
    </form>
  )
}
