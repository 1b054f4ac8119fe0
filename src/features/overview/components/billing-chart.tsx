import { useSyncExternalStore } from 'react'
import { formatMoney } from '@/lib/format/money'

export type MonthFigures = { month: string; label: string; axisLabel: string; billed: number; paid: number }

const WIDTH = 640
/** The bars' height; the axis is the drawing's last unit. */
const HEIGHT = 192
const GROUP = WIDTH / 12

/*
 * The page's direction, `<html dir>` (src/lib/i18n/i18n.ts sets it with the language). Read as an
 * external store, so a chart on screen redraws if it changes, without waiting for a re-render.
 */
function subscribeToDirection(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] })
  return () => observer.disconnect()
}

const pageIsRightToLeft = () => document.documentElement.dir === 'rtl'

function useRightToLeft(): boolean {
  return useSyncExternalStore(subscribeToDirection, pageIsRightToLeft, () => false)
}

/**
 * Billed against paid per month, drawn for sighted users; its colours are overview.css's, from the
 * theme, so the bars, hatching, axis and labels follow the scheme. It is hidden from assistive technology,
 * which reads the same figures from the table beside it (BillingTable).
 *
 * Time runs the way the page reads: left to right, the oldest month at the left; right to left (Arabic),
 * the oldest at the right, each month's billed bar on its reading side of the paid one. The bars'
 * positions are mirrored, not the drawing. The scale's amount and the months' names are HTML, above and
 * below the drawing, so they keep their size where the drawing is scaled down (a phone: 12px text in
 * the 640-unit drawing came out at 6px there); the months follow the page's direction as a grid, and
 * where a month is too narrow for its name, every second one is named (overview.css).
 */
export function BillingChart({ months, currency }: { months: MonthFigures[]; currency: string }) {
  const rightToLeft = useRightToLeft()
  /** Where a shape `width` wide that starts `x` from the chart's reading edge is drawn. */
  const fromStart = (x: number, width = 0) => (rightToLeft ? WIDTH - x - width : x)
  const max = Math.max(1, ...months.map((m) => Math.max(m.billed, m.paid)))
  const height = (value: number) => ((HEIGHT - 1) * value) / max
  return (
    <div className="billing-chart-box" aria-hidden="true">
      <p className="chart-scale">{formatMoney(max, currency)}</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="billing-chart" focusable="false">
      <defs>
        <pattern id="paid-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="bar-paid-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="bar-paid-gap" strokeWidth="2" />
        </pattern>
      </defs>
      <line x1="0" x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="chart-axis" />
      {months.map((m, i) => {
        const x = i * GROUP + GROUP * 0.15
        const bar = GROUP * 0.32
        return (
          <g key={m.month}>
            <rect x={fromStart(x, bar)} y={HEIGHT - 1 - height(m.billed)} width={bar} height={height(m.billed)} className="bar-billed" />
            <rect
              x={fromStart(x + bar + 2, bar)}
              y={HEIGHT - 1 - height(m.paid)}
              width={bar}
              height={height(m.paid)}
              fill="url(#paid-hatch)"
            />
          </g>
        )
      })}
      </svg>
      <div className="chart-months">
        {months.map((m) => (
          <span key={m.month}>{m.axisLabel}</span>
        ))}
      </div>
    </div>
  )
}
