/** A labelled bar with its figure in words, so the value is readable without seeing the bar. */
export function ProgressBar({ value, max, label, valueText }: { value: number; max: number; label: string; valueText: string }) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={valueText}
        className="progress-track"
      >
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{valueText}</span>
    </div>
  )
}
